import type { CompletedReport, Report } from '../api/schemas';
import { recentItem, type RecentCandidate } from '../storage';
import type { TabState } from '../tab-state';
import { readCache } from './cache';

export const MAX_RECENT = 20;

/** Remembers the candidates whose reports the recruiter saw, newest first, without duplicates. */
export async function rememberRecent(state: TabState | null): Promise<void> {
  if (state?.phase !== 'ready' || state.result?.kind !== 'report') return;
  const entry = await readCache(state.result.cacheKey);
  if (!entry) return;
  const item = recentFrom(entry.report, state);
  const list = await recentItem.getValue();
  const rest = list.filter((old) => old.responseId !== item.responseId);
  if (rest.length === list.length - 1 && list[0]?.responseId === item.responseId && list[0].score === item.score) return;
  await recentItem.setValue([item, ...rest].slice(0, MAX_RECENT));
}

function recentFrom(report: Report, state: TabState): RecentCandidate {
  const completed = report.status === 'completed' ? (report as CompletedReport) : undefined;
  return {
    responseId: report.response_id,
    name: report.candidate_name ?? report.candidate_email ?? `Response ${report.response_id}`,
    interview: report.ai_interview_name,
    status: report.status,
    score: completed?.score,
    atsName: state.atsName,
    url: state.url,
    at: Date.now(),
  };
}
