import { storage } from 'wxt/utils/storage';
import { DEFAULT_BASE_URL } from './api/constants';
import type { CacheEntry, TabState } from './tab-state';

// Every storage item lives here. Chrome: the background restricts `local` and `session` to trusted
// contexts (extension pages and the worker), so content scripts on ATS pages can read neither.

export const baseUrlItem = storage.defineItem<string>('local:baseUrl', { fallback: DEFAULT_BASE_URL });

export function tabStateItem(tabId: number) {
  return storage.defineItem<TabState | null>(`session:tab:${tabId}`, { fallback: null });
}

export const TAB_KEY_PREFIX = 'tab:';
export const REPORT_KEY_PREFIX = 'report:';

export function reportItem(cacheKey: string) {
  return storage.defineItem<CacheEntry | null>(`session:${REPORT_KEY_PREFIX}${cacheKey}`, { fallback: null });
}

/** Least-recently-used bookkeeping for the report cache: key -> [lastUsed ms, size in bytes]. */
export const reportIndexItem = storage.defineItem<Record<string, [number, number]>>('session:reportIndex', {
  fallback: {},
});
