import { browser } from 'wxt/browser';
import { DEFAULT_BASE_URL } from './api/constants';
import type { TranscriptMessage } from './api/schemas';
import type { CacheEntry, ReportSummary, TabState } from './tab-state';
import { defineItem } from './storage-item';

export { defineItem, withLock, type StorageItem } from './storage-item';

// Every storage item lives here. Chrome: the background restricts `local` and `session` to trusted
// contexts (extension pages and the worker), so content scripts on ATS pages can read neither.

export const baseUrlItem = defineItem<string>('local:baseUrl', { fallback: DEFAULT_BASE_URL });

function keyedItem<T>(key: `session:${string}`) {
  return defineItem<T | null>(key, { fallback: null });
}

export function tabStateItem(tabId: number) {
  return keyedItem<TabState>(`session:tab:${tabId}`);
}

export const TAB_KEY_PREFIX = 'tab:';
export const REPORT_KEY_PREFIX = 'report:';

/**
 * A cached report. Stored as a JSON string, not an object: Chromium moves a string across processes
 * and JSON.parse reads it several times faster than it structured-clones the same object (about
 * 50 ms against 230-550 ms for a 5,000-message report), and the side panel waits on that read.
 */
export function reportItem(cacheKey: string) {
  const raw = keyedItem<string>(`session:${REPORT_KEY_PREFIX}${cacheKey}`);
  return {
    getValue: async (): Promise<CacheEntry | null> => decodeCacheEntry(await raw.getValue()),
    setValue: (entry: CacheEntry): Promise<void> => raw.setValue(JSON.stringify(entry)),
    removeValue: (): Promise<void> => raw.removeValue(),
    watch: (callback: (entry: CacheEntry | null) => void): (() => void) => raw.watch((value) => callback(decodeCacheEntry(value))),
  };
}

/** A stored cache entry (or a storage change's newValue) back as an object; anything else is null. */
export function decodeCacheEntry(raw: unknown): CacheEntry | null {
  if (typeof raw !== 'string') return null;
  try {
    const parsed = JSON.parse(raw) as CacheEntry | null;
    return parsed?.v === 1 ? parsed : null;
  } catch {
    return null;
  }
}

export const HEAD_KEY_PREFIX = 'head:';

/**
 * "No report for this lookup" (cache.ts): when the API last said so. A few dozen bytes per lookup,
 * so a list page reloaded or a candidate revisited does not ask again for every row without one.
 */
export const MISS_KEY_PREFIX = 'miss:';

/**
 * What the worker needs of a cached report to show the badge and judge freshness: a few hundred
 * bytes, written with the report and evicted with it, so a badge for a 5 MB report reads 300 bytes.
 */
export interface CacheHead {
  readonly v: 1;
  readonly fetchedAt: number;
  readonly summary: ReportSummary;
  /** The earliest expiry of the report's signed links (epoch ms), when they say. */
  readonly linksExpireAt?: number;
}

export function headItem(cacheKey: string) {
  return keyedItem<CacheHead>(`session:${HEAD_KEY_PREFIX}${cacheKey}`);
}

export const CONV_KEY_PREFIX = 'conv:';

/** The whole conversation of a long interview's cached report (see CacheEntry.conversationTotal). */
export function conversationItem(cacheKey: string) {
  const raw = keyedItem<string>(`session:${CONV_KEY_PREFIX}${cacheKey}`);
  return {
    getValue: async (): Promise<TranscriptMessage[] | null> => decodeConversation(await raw.getValue()),
    watch: (callback: (messages: TranscriptMessage[] | null) => void): (() => void) => raw.watch((value) => callback(decodeConversation(value))),
  };
}

/** A stored conversation (or a storage change's newValue) back as messages; anything else is null. */
export function decodeConversation(raw: unknown): TranscriptMessage[] | null {
  if (typeof raw !== 'string') return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? (parsed as TranscriptMessage[]) : null;
  } catch {
    return null;
  }
}

/** Least-recently-used bookkeeping for the report cache: key -> [lastUsed ms, size in bytes]. */
export const reportIndexItem = defineItem<Record<string, [number, number]>>('session:reportIndex', {
  fallback: {},
});

/** Per-ATS lookup templates the recruiter changed (adapter id -> templates); absent = the defaults. */
export const templatesItem = defineItem<Record<string, string[]>>('local:templates', { fallback: {} });

/** Recruiter-defined rules for ATSs the extension does not ship. */
export const customRulesItem = defineItem<unknown[]>('local:customRules', { fallback: [] });

/** The last candidate page detected, for the settings page's "which lookups would be tried" preview. */
export const lastDetectionItem = defineItem<{ ats: string; url: string; ids: { key: string; value: string }[]; responseIds: string[] } | null>(
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
export const recentItem = defineItem<RecentCandidate[]>('session:recent', { fallback: [] });

/** "Open automatically on candidate profiles": the first click on a candidate page opens the panel. */
export const autoOpenItem = defineItem<boolean>('local:autoOpen', { fallback: false });

/** Ask Xobin for downloadable recording URLs (`is_downloadable=true`). */
export const downloadableItem = defineItem<boolean>('local:downloadableRecordings', { fallback: false });

/**
 * Session-storage keys starting with `prefix`. Lists keys without reading values where the browser
 * can (Chrome 130+ getKeys): the area also holds multi-megabyte reports.
 */
export async function sessionKeys(prefix: string): Promise<string[]> {
  const area = browser.storage.session as typeof browser.storage.session & { getKeys?: () => Promise<string[]> };
  const keys = area.getKeys ? await area.getKeys() : Object.keys(await area.get(null));
  return keys.filter((key) => key.startsWith(prefix));
}

/** The last update of the extension (not a fresh install), for one quiet line on the settings page. */
export const lastUpdateItem = defineItem<{ from: string; to: string; at: number } | null>('local:lastUpdate', { fallback: null });
/** "Scores in candidate lists" (utils/content/list-chips.ts); an admin may set it by policy (`listScores`). */
export const listScoresItem = defineItem<boolean>('local:listScores', { fallback: true });

/**
 * Where the recruiter overrode an unlocked policy value: field -> fingerprint of the policy value
 * they replaced (utils/policy.ts). A different value from the admin applies again.
 */
export const policyOverridesItem = defineItem<Record<string, string>>('local:policyOverrides', { fallback: {} });

/**
 * Pending reports the recruiter has seen, re-checked in the background until they are completed.
 * Ids only, in `local` so the list outlives a browser restart: no name, score or report content
 * (the notification reads those from the fresh report at the moment it completes).
 */
export interface WatchedReport {
  readonly responseId: string;
  /** The lookup that found it (an id the ATS page carried). */
  readonly lookup: { readonly by: 'response_id' | 'custom_field_id'; readonly value: string };
  readonly addedAt: number;
  /**
   * The AI interview it belongs to, when the report or the invite said: reports of one interview are
   * re-checked together (utils/background/watch-batch.ts). Absent on entries stored by version 1.
   */
  readonly aiInterviewId?: string;
  /** HMAC by the worker (watch.ts): Firefox content scripts can write storage.local, not the key to this. */
  readonly mac?: string;
}

/**
 * Version 2 added `aiInterviewId`, covered by the HMAC when present. A version 1 worker never wrote
 * one, so one found in a version 1 list was planted: dropped, and the entry keeps its old signature.
 */
export const watchedItem = defineItem<WatchedReport[]>('local:watched', {
  fallback: [],
  version: 2,
  migrations: {
    2: (old) => (Array.isArray(old) ? old.map(withoutInterview) : old),
  },
});

function withoutInterview(entry: unknown): unknown {
  if (!entry || typeof entry !== 'object') return entry;
  const copy: Record<string, unknown> = { ...entry };
  delete copy.aiInterviewId;
  return copy;
}

/** "Notify me when a pending interview is completed". */
export const notifyCompletedItem = defineItem<boolean>('local:notifyCompleted', { fallback: true });

/** The AI interviews the recruiter invites to, named once (Xobin cannot list them): id and name. */
export const aiInterviewsItem = defineItem<{ id: number; name: string }[]>('local:aiInterviews', { fallback: [] });
/** "Invite to AI Interview" offered on profiles with no report; an organisation may turn it off. */
export const allowInvitesItem = defineItem<boolean>('local:allowInvites', { fallback: true });
/** "Share link" offered on completed reports; an organisation may turn it off. */
export const allowShareItem = defineItem<boolean>('local:allowShare', { fallback: true });
/** Token buckets for API lookups (utils/background/budget.ts): [tokens, last refill ms]. */
export interface LookupBudgetState {
  /** Written by earlier versions, before the item had its `version`: accepted, no longer written. */
  readonly v?: 1;
  readonly global: readonly [number, number];
  readonly tabs: Readonly<Record<string, readonly [number, number]>>;
  /** Each tab's current page load of a list: its token, its allowance and the lookups it spent. */
  readonly pages?: Readonly<Record<string, ListPage>>;
  /** Tabs closed (`7`) and page loads replaced (`7:token`): a late message opens no allowance. */
  readonly gone?: readonly string[];
}
export interface ListPage {
  readonly load: string;
  readonly allowed: number;
  readonly used: number;
}
/** In session storage, so a worker restart (which a page can provoke by waiting) does not refill it. */
export const lookupBudgetItem = defineItem<LookupBudgetState | null>('session:lookupBudget', { fallback: null, version: 1 });

/** Tabs whose panel "Open automatically" already opened (once per tab); kept across worker restarts. */
export const autoOpenedItem = defineItem<number[]>('session:autoOpened', { fallback: [] });

/**
 * The candidates picked for "Compare" (response ids only, never report content: the compare page
 * fetches each report through the worker). In `local`, so a set built across several panels and
 * tabs survives closing them; at most MAX_COMPARE (utils/compare/compare-set.ts).
 */
export const compareItem = defineItem<string[]>('local:compare', { fallback: [] });
