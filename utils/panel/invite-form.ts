import type { InviteRequest } from '../api/actions';

// The invite form's rules, apart from its markup: what the recruiter typed, what is wrong with it in
// plain words, and the request it becomes.

/** One AI interview the recruiter (or the admin's policy) named: Xobin cannot list them. */
export interface AiInterview {
  readonly id: number;
  readonly name: string;
}

export interface InviteValues {
  readonly name: string;
  readonly email: string;
  /** The chosen interview's id as the select holds it ('' when none is chosen). */
  readonly interview: string;
  /** `datetime-local` values in the recruiter's own time ('' when not set). */
  readonly start: string;
  readonly expiry: string;
  readonly format: 'getlink' | 'sendlink';
}

export type InviteField = 'name' | 'email' | 'interview' | 'start' | 'expiry';
export type InviteProblem = 'required' | 'email' | 'date' | 'expiry-before-start' | 'expiry-past';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MAX_NAME = 200;
const MAX_EMAIL = 254;

/** The form's first values: the only interview preselected when there is exactly one. */
export function initialValues(prefill: { name?: string; email?: string }, interviews: readonly AiInterview[]): InviteValues {
  return {
    name: (prefill.name ?? '').slice(0, MAX_NAME),
    email: (prefill.email ?? '').slice(0, MAX_EMAIL),
    interview: interviews.length === 1 ? String(interviews[0]!.id) : '',
    start: '',
    expiry: '',
    format: 'getlink',
  };
}

/** What is wrong, per field; empty when the invite can go. */
export function problems(values: InviteValues, interviews: readonly AiInterview[], now = Date.now()): Partial<Record<InviteField, InviteProblem>> {
  const found: Partial<Record<InviteField, InviteProblem>> = {};
  if (!values.name.trim()) found.name = 'required';
  if (!values.email.trim()) found.email = 'required';
  else if (!EMAIL.test(values.email.trim())) found.email = 'email';
  if (!interviews.some((interview) => String(interview.id) === values.interview)) found.interview = 'required';
  const start = localMoment(values.start);
  const expiry = localMoment(values.expiry);
  if (start === null) found.start = 'date';
  if (expiry === null) found.expiry = 'date';
  else if (expiry !== undefined && expiry <= now) found.expiry = 'expiry-past';
  else if (expiry !== undefined && start && expiry <= start) found.expiry = 'expiry-before-start';
  return found;
}

/** The request for valid values (check `problems` first); the custom_field_id is the profile's, not typed. */
export function toRequest(values: InviteValues, customFieldId: string | undefined): InviteRequest {
  const start = localMoment(values.start);
  const expiry = localMoment(values.expiry);
  return {
    candidateName: values.name.trim(),
    candidateEmail: values.email.trim(),
    aiInterviewId: Number(values.interview),
    format: values.format,
    ...(start ? { startDate: formatGmtMinute(new Date(start)) } : {}),
    ...(expiry ? { expiryDate: formatGmtMinute(new Date(expiry)) } : {}),
    ...(customFieldId ? { customFieldId } : {}),
  };
}

/** A local date and time as the invite API wants it: GMT, `YYYY-MM-DD HH:MM`. */
export function formatGmtMinute(local: Date): string {
  return local.toISOString().slice(0, 16).replace('T', ' ');
}

/** A `datetime-local` value as epoch ms in the recruiter's time zone; undefined when empty, null when unreadable. */
function localMoment(value: string): number | undefined | null {
  if (!value) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return null;
  const ms = new Date(value).getTime();
  return Number.isNaN(ms) ? null : ms;
}
