import { IDBFactory } from 'fake-indexeddb';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import messages from '../public/_locales/en/messages.json';

// WXT's fake browser has no i18n. Give it the shipped English catalogue with Chrome's rules:
// named placeholders, then $1…$9 filled in one pass (substituted text is never re-expanded),
// `$$` for a literal dollar, "" for an unknown key.
type Entry = { message: string; placeholders?: Record<string, { content: string }> };
const catalogue = messages as Record<string, Entry>;
const predefined: Record<string, string> = { '@@ui_locale': 'en', '@@bidi_dir': 'ltr' };

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
