import { t } from '../i18n';
import { recentItem, type RecentCandidate } from '../storage';
import type { ReportSummary, TabState } from '../tab-state';
import { tabIdentityProblem } from '../panel/identity';

export const MAX_RECENT = 20;

/** Remembers the candidates whose reports the recruiter saw, newest first, without duplicates. */
export function rememberRecent(state: TabState | null): Promise<void> {
  if (state?.phase !== 'ready' || state.result?.kind !== 'report' || !state.result.summary) return Promise.resolve();
  // Someone else's report (a planted link): not this candidate's, unless the recruiter confirmed it.
  if (tabIdentityProblem(state)) return Promise.resolve();
  const item = recentFrom(state.result.summary, state);
  // One update at a time: two tabs finishing together would otherwise both read the old list and the
  // second write would drop the first tab's candidate.
  return recentItem.update((list) => prepend(list, item)).then(() => undefined);
}

/** Empties the list after any write already under way, so none puts a candidate back after the clear. */
export function clearRecent(): Promise<void> {
  return recentItem.update(() => null).then(() => undefined);
}

function prepend(list: RecentCandidate[], item: RecentCandidate): RecentCandidate[] | undefined {
  const rest = list.filter((old) => old.responseId !== item.responseId);
  if (rest.length === list.length - 1 && list[0]?.responseId === item.responseId && list[0].score === item.score) return undefined;
  return [item, ...rest].slice(0, MAX_RECENT);
}

function recentFrom(summary: ReportSummary, state: TabState): RecentCandidate {
  return {
    responseId: summary.responseId,
    name: summary.name ?? t('watchUnnamed', summary.responseId),
    interview: summary.interview,
    status: summary.status,
    score: summary.score,
    atsName: state.atsName,
    url: state.url,
    at: Date.now(),
  };
}
