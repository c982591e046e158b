import * as z from 'zod/mini';
import { callApi, type CallResult, type ClientConfig, type ClientOptions, type ErrorBody } from './client';
import type { ApiError } from './errors';

// The invite, invited and share endpoints (../shared/xobin-api.md). Tolerant of extra fields and of
// ids sent as strings; strict where a wrong value would mislead (a share without a link or expiry).

const id = z.pipe(z.union([z.int().check(z.nonnegative()), z.string().check(z.regex(/^\d+$/))]), z.transform(String));
const text = z.pipe(
  z.nullish(z.union([z.string(), z.number()])),
  z.transform((value) => (value == null ? undefined : String(value))),
);
const httpUrl = z.string().check(z.regex(/^https?:\/\//i));

const inviteSchema = z.object({
  response_id: id,
  ai_interview_id: z.optional(id),
  ai_interview_name: text,
  email: text,
  name: text,
  status: z.pipe(
    z.nullish(z.string()),
    z.transform((status) => status || 'Pending'),
  ),
  // Only an http(s) link is ever shown as one; anything else is dropped, the invite still counts.
  invite_link: z.pipe(
    z.nullish(z.string()),
    z.transform((link) => (link && /^https?:\/\//i.test(link) ? link : undefined)),
  ),
  custom_field_id: text,
});
export type Invite = z.output<typeof inviteSchema>;

const inviteeSchema = z.object({ response_id: id, invite_status: z.string(), ai_interview_id: z.optional(id), last_updated_at: text });
export type Invitee = z.output<typeof inviteeSchema>;

const shareSchema = z.object({ signed_url: httpUrl, expires_at: z.string(), response_id: z.optional(id), expiration_hours: z.optional(z.number()) });
export interface Share {
  readonly url: string;
  /** Epoch ms. The API sends ISO 8601 without a zone: read as UTC, as everywhere in this API. */
  readonly expiresAt: number;
}

export interface InviteRequest {
  readonly candidateName: string;
  readonly candidateEmail: string;
  readonly aiInterviewId: number;
  /** getlink: Xobin only makes the link; sendlink: Xobin emails it to the candidate. */
  readonly format: 'getlink' | 'sendlink';
  /** GMT, `YYYY-MM-DD HH:MM` (utils/panel/invite-form.ts formatGmtMinute). */
  readonly startDate?: string;
  readonly expiryDate?: string;
  readonly customFieldId?: string;
}

/** Xobin's own bounds for a share link. */
export const SHARE_HOURS = { min: 1 / 60, max: 24 } as const;

/** Creates the invite. Sent once, never retried: a lost answer may mean the candidate was invited. */
export function sendInvite(request: InviteRequest, config: ClientConfig, options: ClientOptions = {}): Promise<CallResult<Invite>> {
  const body = {
    candidate_name: request.candidateName,
    candidate_email: request.candidateEmail,
    ai_interview_id: request.aiInterviewId,
    invite_format: request.format,
    ...(request.startDate ? { start_date: request.startDate } : {}),
    ...(request.expiryDate ? { expiry_date: request.expiryDate } : {}),
    ...(request.customFieldId ? { custom_field_id: request.customFieldId } : {}),
  };
  return callApi(
    `${config.baseUrl}/ai-interviews/invite`,
    config,
    { method: 'POST', body, once: true, parse: parseWith(inviteSchema), refused: inviteRefused },
    options,
  );
}

/** Everyone invited to one AI interview (one request for all of its pending reports). */
export function fetchInvited(aiInterviewId: string, config: ClientConfig, options: ClientOptions = {}): Promise<CallResult<Invitee[]>> {
  if (!/^\d+$/.test(aiInterviewId)) return Promise.resolve({ ok: false, error: { kind: 'not-found' } });
  // One unreadable row is left out: it must not hide the others' changes.
  const parse = (raw: unknown) => {
    if (!Array.isArray(raw)) return { ok: false as const, issue: 'body: expected an array' };
    return {
      ok: true as const,
      value: raw.flatMap((row) => {
        const parsed = inviteeSchema.safeParse(row);
        return parsed.success ? [parsed.data] : [];
      }),
    };
  };
  return callApi(`${config.baseUrl}/ai-interviews/invited/${aiInterviewId}`, config, { parse, refused: readRefused }, options);
}

/** A signed link to one report, for someone without a Xobin login. Safe to repeat: it only signs another link. */
export function shareReport(responseId: string, hours: number, config: ClientConfig, options: ClientOptions = {}): Promise<CallResult<Share>> {
  if (!/^\d+$/.test(responseId)) return Promise.resolve({ ok: false, error: { kind: 'not-found' } });
  const parse = (raw: unknown) => {
    const parsed = shareSchema.safeParse(raw);
    if (!parsed.success) return { ok: false as const, issue: parsed.error.issues[0]?.path.join('.') || 'body' };
    const expiresAt = readUtc(parsed.data.expires_at);
    return expiresAt === undefined
      ? { ok: false as const, issue: 'expires_at: not a date' }
      : { ok: true as const, value: { url: parsed.data.signed_url, expiresAt } };
  };
  const body = { expiration_hours: Math.min(SHARE_HOURS.max, Math.max(SHARE_HOURS.min, hours)) };
  return callApi(`${config.baseUrl}/ai-interviews/report/${responseId}/share`, config, { method: 'POST', body, parse, refused: readRefused }, options);
}

/** `2025-07-09T12:46:33.163639` (no zone: UTC), or with a zone when the API ever adds one. */
export function readUtc(value: string): number | undefined {
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?)(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/.exec(value.trim());
  if (!match) return undefined;
  const millis = match[2] ? match[2].slice(0, 4).padEnd(4, '0') : '';
  const ms = Date.parse(`${match[1]}${millis}${match[3] ?? 'Z'}`);
  return Number.isNaN(ms) ? undefined : ms;
}

function parseWith<T>(schema: z.ZodMiniType<T>) {
  return (raw: unknown): { ok: true; value: T } | { ok: false; issue: string } => {
    const parsed = schema.safeParse(raw);
    return parsed.success ? { ok: true, value: parsed.data } : { ok: false, issue: parsed.error.issues[0]?.path.join('.') || 'body' };
  };
}

/**
 * The invite: 403 limit_exceed is the account's invites used up; any other 4xx (an unknown interview
 * included) is the API refusing what was sent, in its own words.
 */
function inviteRefused(status: number, { detail, code }: ErrorBody): ApiError {
  if (status === 403 && code === 'limit_exceed') return { kind: 'invites-exhausted', status, detail };
  if (status === 403) return { kind: 'unauthorized', status, detail };
  return { kind: 'rejected', status, detail };
}

/** Share and invited: 404 is no such report or interview; other 4xx refuse what was sent. */
function readRefused(status: number, { detail }: ErrorBody): ApiError {
  if (status === 403) return { kind: 'unauthorized', status, detail };
  return { kind: status === 404 ? 'not-found' : 'rejected', status, detail };
}
