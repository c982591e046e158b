import { sendInvite, shareReport, type Share } from '../api/actions';
import type { CallResult } from '../api/client';
import type { InviteAnswer, InviteInput } from '../messages';
import { refreshTab } from './detection';
import { effectiveActions } from './effective';
import { getReport, type ResolveDeps } from './resolver';
import { hasBaseUrlAccess } from './settings';
import { readTab } from './tabs';
import { watchReport } from './watch';

// Inviting from a profile and sharing a report: the recruiter's own requests, in their turn of the
// one queue (deps.client). What the panel may not decide is decided here: whether the organisation
// allows it, which interviews may be invited to, and the custom_field_id stamped on the invite (the
// profile's first lookup, so this very page finds the report later).

/** Invite the candidate of this tab, which shows a profile whose lookups found no report. */
export async function inviteFromTab(tabId: number, input: InviteInput, deps: ResolveDeps): Promise<InviteAnswer> {
  const [actions, state, config] = await Promise.all([effectiveActions(), readTab(tabId), deps.config()]);
  if (!actions.allowInvites) return { ok: false, refused: 'off' };
  if (!actions.aiInterviews.some((interview) => interview.id === input.aiInterviewId)) return { ok: false, refused: 'interview' };
  if (!state || state.phase !== 'ready' || state.manual || state.result?.kind !== 'error' || state.result.error.kind !== 'not-found') {
    return { ok: false, refused: 'not-here' };
  }
  if (!config.apiKey) return { ok: false, error: { kind: 'no-key' } };
  if (!(await (deps.hasAccess ?? hasBaseUrlAccess)(config.baseUrl)))
    return { ok: false, error: { kind: 'no-permission', origin: new URL(config.baseUrl).origin } };
  const stamp = state.lookups.find((lookup) => lookup.by === 'custom_field_id');
  if (stamp) {
    // Invited twice is worse than not at all: only a 404 under this id lets the invite go.
    const existing = await getReport({ by: 'custom_field_id', value: stamp.value }, config, deps, { force: true, byRecruiter: true });
    if (existing.ok) {
      await refreshTab(tabId, deps);
      return { ok: false, refused: 'exists' };
    }
    if (existing.error.kind !== 'not-found') return { ok: false, error: existing.error };
  }
  const sent = await sendInvite({ ...input, ...(stamp ? { customFieldId: stamp.value } : {}) }, config, deps.client);
  if (!sent.ok) return { ok: false, error: sent.error };
  // Watched from here, with its interview (the invite names it), even if the recruiter has moved on.
  const { response_id: responseId } = sent.value;
  const lookup = stamp ? { by: 'custom_field_id' as const, value: stamp.value } : { by: 'response_id' as const, value: responseId };
  await watchReport({ responseId, lookup, aiInterviewId: sent.value.ai_interview_id ?? String(input.aiInterviewId) }).catch(() => undefined);
  // The tab shows what Xobin now has under the profile's id (the pending report), found the way every
  // report is; the tab's state changes only if the recruiter is still on this candidate.
  const now = await readTab(tabId);
  if (now?.navId === state.navId && stamp) await refreshTab(tabId, deps);
  return {
    ok: true,
    invite: { responseId, status: sent.value.status, ...(sent.value.invite_link ? { link: sent.value.invite_link } : {}) },
  };
}

/** A signed link to a report, for a hiring manager without a Xobin login. Never stored. */
export async function shareFromPanel(responseId: string, hours: number, deps: ResolveDeps): Promise<CallResult<Share> | { ok: false; refused: 'off' }> {
  const [actions, config] = await Promise.all([effectiveActions(), deps.config()]);
  if (!actions.allowShare) return { ok: false, refused: 'off' };
  if (!config.apiKey) return { ok: false, error: { kind: 'no-key' } };
  return shareReport(responseId, hours, config, deps.client);
}
