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

/** Per-ATS lookup templates the recruiter changed (adapter id -> templates); absent = the defaults. */
export const templatesItem = storage.defineItem<Record<string, string[]>>('local:templates', { fallback: {} });

/** Recruiter-defined rules for ATSs the extension does not ship. */
export const customRulesItem = storage.defineItem<unknown[]>('local:customRules', { fallback: [] });

/** The last candidate page detected, for the settings page's "which lookups would be tried" preview. */
export const lastDetectionItem = storage.defineItem<{ ats: string; url: string; ids: { key: string; value: string }[]; responseIds: string[] } | null>(
  'session:lastDetection',
  { fallback: null },
);

export interface RecentCandidate {
  readonly responseId: string;
  readonly name: string;
  readonly interview?: string;
  readonly status: 'completed' | 'pending';
  readonly score?: number;
  readonly atsName?: string;
  /** The ATS page it was seen on, to reopen it. */
  readonly url: string;
  readonly at: number;
}

/** The last 20 candidates whose reports were shown; cleared with the cache. */
export const recentItem = storage.defineItem<RecentCandidate[]>('session:recent', { fallback: [] });

/** "Open automatically on candidate profiles": the first click on a candidate page opens the panel. */
export const autoOpenItem = storage.defineItem<boolean>('local:autoOpen', { fallback: false });

/** Ask Xobin for downloadable recording URLs (`is_downloadable=true`). */
export const downloadableItem = storage.defineItem<boolean>('local:downloadableRecordings', { fallback: false });
