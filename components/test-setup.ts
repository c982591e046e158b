import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// WXT's fake browser has no i18n. Give it the shipped catalogues with Chrome's rules:
// named placeholders, then $1…$9 filled in one pass (substituted text is never re-expanded),
// `$$` for a literal dollar, "" for an unknown key. English unless a test picks another locale.
type Entry = { message: string; placeholders?: Record<string, { content: string }> };
type Catalogue = Record<string, Entry>;
const catalogues = import.meta.glob<Catalogue>('../public/_locales/*/messages.json', { eager: true, import: 'default' });

let catalogue: Catalogue = catalogueFor('en');
let predefined: Record<string, string> = { '@@ui_locale': 'en', '@@bidi_dir': 'ltr' };

function catalogueFor(folder: string): Catalogue {
  const found = catalogues[`../public/_locales/${folder}/messages.json`];
  if (!found) throw new Error(`No catalogue public/_locales/${folder}/messages.json`);
  return found;
}

/** What a browser with this UI language (`de`, `en_GB`, `fr`) would show, catalogue fallback included. */
export function useBrowserLanguage(uiLocale: string): void {
  const language = uiLocale.split(/[-_]/)[0]!;
  catalogue = catalogueFor(`../public/_locales/${language}/messages.json` in catalogues ? language : 'en');
  predefined = { '@@ui_locale': uiLocale, '@@bidi_dir': 'ltr' };
}

afterEach(() => useBrowserLanguage('en'));

export function getMessage(key: string, substitutions?: string | string[]): string {
  if (key in predefined) return predefined[key] ?? '';
  const entry = catalogue[key];
  if (!entry) return '';
  const values = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const named = entry.message.replace(/\$(\w+)\$/g, (whole, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? whole);
  return named.replace(/\$(\$|[1-9])/g, (_, token: string) => (token === '$' ? '$' : (values[Number(token) - 1] ?? '')));
}

(fakeBrowser.i18n as { getMessage: typeof getMessage }).getMessage = getMessage;

// The API key lives in IndexedDB (utils/background/idb-secret.ts); happy-dom has none. A fresh one per
// test, like fakeBrowser.reset() for storage.
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
