import { completedLike, interviewsOf } from './data.mjs';

// The invite, invited and share endpoints of ../shared/xobin-api.md, with the state they need: an
// invite creates a Pending report that the report endpoints then find (by response id, and by its
// custom_field_id), a test can complete it, and a share signs a link that expires.

const ORIGIN = 'https://app.xobin.com';
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const GMT_MINUTE = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/;
const FIRST_INVITED_RESPONSE = 990001;
const EXHAUSTED = { message: 'Invites Exhausted. Please contact support.', error: 'limit_exceed' };
const HOURS_RANGE = { error: 'expiration_hours must be between 1 minute and 24 hours' };

/** The AI interviews this account has (the API cannot list them: recruiters name them in settings). */
export const AI_INTERVIEWS = Object.freeze([
  Object.freeze({ id: 31877, name: 'Backend Engineer – AI Interview' }),
  Object.freeze({ id: 31902, name: 'Frontend Engineer – AI Interview' }),
]);

/**
 * @param {{ now?: () => number }} [options]
 */
export function createInviteBook({ now = Date.now } = {}) {
  /** Reports created by invites, in the API's shape (Pending until completed). */
  let invited = [];
  let updatedAt = new Map();
  let invitesLeft = Infinity;
  let nextResponse = FIRST_INVITED_RESPONSE;
  const listeners = [];

  const touch = (responseId) => updatedAt.set(responseId, now());

  return {
    /** A report an invite created, as the report endpoints answer it; undefined when none. */
    reportFor(lookup) {
      const found = invited.find((report) =>
        lookup.by === 'response_id' ? String(report.response_id) === lookup.value : report.custom_field_id === lookup.value,
      );
      if (!found) return undefined;
      const body = structuredClone(found);
      if (body.invite_status !== 'Completed' && lookup.by !== 'custom_field_id') delete body.custom_field_id;
      return body;
    },

    /** POST /ai-interviews/invite with a parsed JSON body (undefined when it was not JSON). */
    invite(body) {
      const problem = inviteProblem(body);
      if (problem) return json(400, { error: problem });
      if (invitesLeft <= 0) return json(403, EXHAUSTED);
      const interview = AI_INTERVIEWS.find((known) => known.id === body.ai_interview_id);
      if (!interview) return json(404, { message: 'AI Interview not found', error: 'not_found' });
      invitesLeft--;
      const responseId = nextResponse++;
      const report = {
        ai_interview_id: interview.id,
        ai_interview_name: interview.name,
        candidate_email: body.candidate_email,
        candidate_id: responseId + 230000,
        candidate_name: body.candidate_name,
        invite_status: 'Pending',
        response_id: responseId,
        ...(body.custom_field_id === undefined ? {} : { custom_field_id: body.custom_field_id }),
      };
      invited.push(report);
      touch(responseId);
      for (const listener of listeners) listener(responseId);
      return json(200, {
        email: body.candidate_email,
        ai_interview_id: interview.id,
        ai_interview_name: interview.name,
        response_id: responseId,
        invite_link: `${ORIGIN}/ai-interview/invite/${responseId}?token=mock-invite-${responseId}`,
        name: body.candidate_name,
        status: 'Pending',
        custom_field_id: body.custom_field_id ?? null,
      });
    },

    /** GET /ai-interviews/invited/{ai_interview_id}: the fixtures' reports of that interview and the invites. */
    invitedTo(aiInterviewId) {
      if (!/^\d+$/.test(aiInterviewId)) return json(400, { error: 'ai_interview_id must be an integer' });
      const id = Number(aiInterviewId);
      if (!AI_INTERVIEWS.some((known) => known.id === id)) return json(404, { message: 'AI Interview not found', error: 'not_found' });
      const rows = [...interviewsOf(id), ...invited.filter((report) => report.ai_interview_id === id)].map((report) => ({
        ai_interview_id: report.ai_interview_id,
        candidate_id: report.candidate_id,
        invite_status: report.invite_status,
        last_updated_at: new Date(updatedAt.get(report.response_id) ?? Date.parse('2025-07-12T06:02:10Z')).toUTCString(),
        response_id: report.response_id,
      }));
      return json(200, rows);
    },

    /** POST /ai-interviews/report/{response_id}/share; `exists` says whether the report exists at all. */
    share(responseId, body, exists) {
      if (!/^\d+$/.test(responseId)) return json(400, { error: 'response_id must be an integer' });
      const hours = body?.expiration_hours ?? 1;
      if (typeof hours !== 'number' || !Number.isFinite(hours) || hours < 1 / 60 || hours > 24) return json(400, HOURS_RANGE);
      const report = invited.find((one) => String(one.response_id) === responseId);
      if (!report && !exists(responseId)) return json(404, { message: 'Report not found', error: 'not_found' });
      const expires = now() + hours * 3_600_000;
      const signature = Buffer.from(`${responseId}:${expires}`).toString('hex');
      return json(200, {
        // ISO 8601 without a zone, microseconds, as observed: read as UTC.
        expires_at: new Date(expires).toISOString().replace('Z', '000'),
        expiration_hours: hours,
        response_id: Number(responseId),
        ai_interview_id: report?.ai_interview_id ?? 31877,
        signed_url: `${ORIGIN}/ai-interviews/shared/${responseId}?expires=${Math.floor(expires / 1000)}&signature=${signature}`,
      });
    },

    /** The candidate finished: the invited report becomes a completed one (a test's "later"). */
    complete(responseId, { score = 79 } = {}) {
      const index = invited.findIndex((report) => String(report.response_id) === String(responseId));
      if (index < 0) throw new Error(`No invite with response id ${responseId}`);
      const report = invited[index];
      invited[index] = {
        ...completedLike(report.response_id, report.candidate_name, report.candidate_email, report.custom_field_id, score),
        ai_interview_id: report.ai_interview_id,
        ai_interview_name: report.ai_interview_name,
        candidate_id: report.candidate_id,
      };
      touch(report.response_id);
    },

    /** Called with each new invite's response id (the demo completes it a little later). */
    onInvite(listener) {
      listeners.push(listener);
    },

    /** Invites left on the account (Infinity by default); 0 makes the next invite a 403 limit_exceed. */
    setInvitesLeft(count) {
      invitesLeft = count;
    },

    /** What invites created, as the API stores them (for tests). */
    invited() {
      return structuredClone(invited);
    },

    reset() {
      invited = [];
      updatedAt = new Map();
      invitesLeft = Infinity;
      nextResponse = FIRST_INVITED_RESPONSE;
    },
  };
}

function inviteProblem(body) {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'Request body must be a JSON object';
  if (typeof body.candidate_name !== 'string' || !body.candidate_name.trim()) return 'candidate_name is required';
  if (typeof body.candidate_email !== 'string' || !EMAIL.test(body.candidate_email)) return 'candidate_email must be a valid email address';
  if (!Number.isInteger(body.ai_interview_id)) return 'ai_interview_id must be an integer';
  if (body.invite_format !== 'getlink' && body.invite_format !== 'sendlink') return "invite_format must be 'getlink' or 'sendlink'";
  for (const field of ['start_date', 'expiry_date']) {
    if (body[field] !== undefined && (typeof body[field] !== 'string' || !GMT_MINUTE.test(body[field])))
      return `${field} must be in YYYY-MM-DD HH:MM format (GMT)`;
  }
  if (body.custom_field_id !== undefined && typeof body.custom_field_id !== 'string') return 'custom_field_id must be a string';
  return undefined;
}

function json(status, body) {
  return { status, headers: { 'Content-Type': 'application/json; charset=utf-8' }, body: JSON.stringify(body) };
}
