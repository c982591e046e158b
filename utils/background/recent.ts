import { recentItem, type RecentCandidate } from '../storage';
import type { ReportSummary, TabState } from '../tab-state';

export const MAX_RECENT = 20;

/** Remembers the candidates whose reports the recruiter saw, newest first, without duplicates. */
export async function rememberRecent(state: TabState | null): Promise<void> {
  if (state?.phase !== 'ready' || state.result?.kind !== 'report' || !state.result.summary) return;
  const item = recentFrom(state.result.summary, state);
  const list = await recentItem.getValue();
  const rest = list.filter((old) => old.responseId !== item.responseId);
  if (rest.length === list.length - 1 && list[0]?.responseId === item.responseId && list[0].score === item.score) return;
  await recentItem.setValue([item, ...rest].slice(0, MAX_RECENT));
}

function recentFrom(summary: ReportSummary, state: TabState): RecentCandidate {
  return {
    responseId: summary.responseId,
    name: summary.name ?? `Response ${summary.responseId}`,
    interview: summary.interview,
    status: summary.status,
    score: summary.score,
    atsName: state.atsName,
    url: state.url,
    at: Date.now(),
  };
}
