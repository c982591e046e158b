// The content script's and the worker's `browser`: the browser's own extension namespace, without
// webextension-polyfill. The content script runs on every ATS page and must stay small (the polyfill
// would be a third of it); the worker starts on every event and has a 30 KB budget (the polyfill was
// 3 KB of it). Chrome MV3 and Firefox both return promises from every API these two call natively
// (and i18n.getMessage is synchronous everywhere).
// The one thing the polyfill adds that they rely on is answering a message with a returned promise:
// the worker's single onMessage listener answers through sendResponse instead (index.ts), which
// every browser supports. Swapped in by wxt.config.ts; extension pages keep the polyfill.
type Namespace = typeof import('wxt/browser').browser;
const scope = globalThis as unknown as { browser?: Namespace; chrome?: Namespace };

export const browser: Namespace = (scope.browser?.runtime?.id ? scope.browser : scope.chrome) as Namespace;
