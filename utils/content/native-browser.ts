// The content script's `browser`: the browser's own extension namespace, without webextension-polyfill.
// The content script runs on every ATS page and must stay small; the polyfill would be a third of it.
// It only uses runtime.id, runtime.sendMessage and runtime.onMessage with listeners that return
// nothing, which Chrome (MV3) and Firefox both provide natively with promises, and the synchronous
// i18n.getMessage (the launcher's words). Swapped in for content-script builds only by
// wxt.config.ts; pages and the worker keep the polyfill.
type Namespace = typeof import('wxt/browser').browser;
const scope = globalThis as unknown as { browser?: Namespace; chrome?: Namespace };

export const browser: Namespace = (scope.browser?.runtime?.id ? scope.browser : scope.chrome) as Namespace;
