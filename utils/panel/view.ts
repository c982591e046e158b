import type { ApiError } from '../api/errors';
import type { CompletedReport, PendingReport, TranscriptMessage } from '../api/schemas';
import { summarize, type CacheEntry, type Lookup, type TabState } from '../tab-state';
import { tabIdentityProblem, type IdentityProblem } from './identity';

/** What the side panel shows. `data-state` on the panel root is `kind`. */
export type PanelView =
  | { readonly kind: 'loading'; readonly missingReport?: string }
  | { readonly kind: 'empty' }
  | {
      readonly kind: 'report';
      readonly report: CompletedReport;
      readonly lookup: Lookup;
      readonly refreshing: boolean;
      /** Why this report may not be the profile's candidate; the panel leads with it. */
      readonly identity?: IdentityProblem;
      /** The report shows the first messages of a long transcript; this many are on their way. */
      readonly transcriptPending?: number;
    }
  | { readonly kind: 'pending'; readonly report: PendingReport; readonly lookup: Lookup; readonly refreshing: boolean; readonly identity?: IdentityProblem }
  | { readonly kind: 'paused'; readonly resumeAt: number; readonly scope: 'tab' | 'all' }
  | { readonly kind: 'error'; readonly error: ApiError; readonly tried: readonly Lookup[] };

/**
 * `undefined` means "not read yet" (render loading), `null` means "read, nothing there". The entry
 * must be the one named by `state.result.cacheKey`: the caller reads it by that key, so a report on
 * screen always belongs to the tab's current candidate (the background drops results for old navIds).
 */
export function panelView(
  state: TabState | null | undefined,
  entry: CacheEntry | null | undefined,
  /** The whole conversation of a long report (CacheEntry.conversationTotal), once read. */
  conversation?: readonly TranscriptMessage[] | null,
): PanelView {
  if (state === undefined) return { kind: 'loading' };
  if (state === null || state.phase === 'no-candidate') return { kind: 'empty' };
  const { result } = state;
  if (state.phase === 'loading' || !result) return { kind: 'loading' };
  if (result.kind === 'error') return { kind: 'error', error: result.error, tried: result.tried };
  if (result.kind === 'paused') return { kind: 'paused', resumeAt: result.resumeAt, scope: result.scope };
  if (entry === undefined) return { kind: 'loading' };
  // The cache entry was evicted or cleared under us: show loading and let the caller ask for it again.
  if (entry === null || entry.v !== 1) return { kind: 'loading', missingReport: result.cacheKey };
  // A report that belongs to someone else (a planted link, a wrong id) is flagged, as on the badge.
  const identity = tabIdentityProblem(state, summarize(entry.report));
  const found = { lookup: result.lookup, refreshing: state.refreshing === true, ...(identity ? { identity } : {}) };
  if (entry.report.status === 'pending') return { kind: 'pending', report: entry.report, ...found };
  if (entry.conversationTotal === undefined) return { kind: 'report', report: entry.report, ...found };
  // A long interview: its first messages now, all of them once read. Its conversation gone from the
  // cache (cleared under us): like a missing report, the caller asks for it again.
  if (conversation === null) return { kind: 'loading', missingReport: result.cacheKey };
  if (conversation) return { kind: 'report', report: { ...entry.report, conversation: conversation as TranscriptMessage[] }, ...found };
  return { kind: 'report', report: entry.report, ...found, transcriptPending: entry.conversationTotal };
}
