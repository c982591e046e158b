import type { Invitee } from '../api/actions';
import type { CallResult } from '../api/client';
import type { WatchedReport } from '../storage';

/** Everyone invited to one AI interview, as Xobin lists them (GET /ai-interviews/invited/{id}). */
export type InvitedCheck = (aiInterviewId: string) => Promise<CallResult<readonly Invitee[]>>;

/**
 * The watched reports whose full report a round must fetch. Where two or more belong to one AI
 * interview, one invited request re-checks them all and only those it lists as completed are
 * fetched. An entry without an interview id, alone in its interview, or in an interview whose
 * invited call failed or could not be read is fetched as before: a failed batch call never costs a
 * completion, only the requests it would have saved.
 */
export async function reportsToFetch(entries: readonly WatchedReport[], invited: InvitedCheck): Promise<WatchedReport[]> {
  const alone: WatchedReport[] = [];
  const groups = new Map<string, WatchedReport[]>();
  for (const entry of entries) {
    if (entry.aiInterviewId) groups.set(entry.aiInterviewId, [...(groups.get(entry.aiInterviewId) ?? []), entry]);
    else alone.push(entry);
  }
  const batched = await Promise.all(
    [...groups].map(async ([aiInterviewId, group]) =>
      group.length < 2 ? group : changedIn(group, aiInterviewId, await invited(aiInterviewId).catch(() => null)),
    ),
  );
  return [...alone, ...batched.flat()];
}

function changedIn(group: readonly WatchedReport[], aiInterviewId: string, answer: CallResult<readonly Invitee[]> | null): WatchedReport[] {
  if (!answer?.ok) return [...group];
  // A row carries ai_interview_id, candidate_id, invite_status, last_updated_at and response_id; a
  // watched entry knows only its response id, so rows are matched on that. Rows that did not parse
  // were left out by fetchInvited; a row naming another interview is not this answer's to trust.
  const listed = new Set<string>();
  const completed = new Set<string>();
  for (const row of answer.value) {
    if (row.ai_interview_id !== undefined && row.ai_interview_id !== aiInterviewId) continue;
    listed.add(row.response_id);
    if (ready(row.invite_status)) completed.add(row.response_id);
  }
  // Not listed: deleted, or a row we could not read. Its own report says which (a 404 unwatches it).
  return group.filter((entry) => !listed.has(entry.responseId) || completed.has(entry.responseId));
}

/**
 * The report endpoint counts a report as completed on this one word (utils/api/schemas.ts); any other
 * status (Pending, Started, one not documented) would fetch a report that is still pending.
 */
const ready = (status: string) => status.trim().toLowerCase() === 'completed';
