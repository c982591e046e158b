import * as z from 'zod/mini';
import { INTEGRITY_MAX, INVALID, SCORE_MAX, type Checked } from './score';

export { INTEGRITY_MAX, INVALID, SCORE_MAX, type Checked } from './score';

// Shapes from ../shared/xobin-api.md. Tolerant where the API is known to wander (integer integrity
// score, opaque recording keys, free-text dates and recommendations, a numeric custom_field_id, extra
// fields, one unreadable message among many), strict where a wrong value would mislead a recruiter (a
// score that is not a number fails the report; a score outside its range is kept as 'invalid' and
// shown as such, never as a number). zod/mini keeps the worker small; the schemas read the same as
// classic zod.

const id = z.pipe(z.union([z.int().check(z.nonnegative()), z.string().check(z.regex(/^\d+$/))]), z.transform(String));
const optionalText = z.pipe(
  z.nullish(z.string()),
  z.transform((value) => value ?? undefined),
);
const optionalNumber = z.pipe(
  z.nullish(z.number()),
  z.transform((value) => value ?? undefined),
);
// Free-form on the invite, but numbers come back when the customer sent a number.
const looseText = z.pipe(
  z.nullish(z.union([z.string(), z.number()])),
  z.transform((value) => (value == null ? undefined : String(value))),
);

const inRange =
  (min: number, max: number) =>
  (value: unknown): Checked =>
    typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max ? value : INVALID;
const integrityScore = z.pipe(
  z.unknown(),
  z.transform((value) => (value == null ? undefined : inRange(0, INTEGRITY_MAX)(value))),
);
const unboundedScore = inRange(0, Number.MAX_VALUE);

export const messageSchema = z.object({
  content: z.string(),
  // Documented: 'user' (candidate) | 'assistant' (interviewer). Unknown roles are kept and shown as-is.
  role: z.string().check(z.minLength(1)),
  mode: z.pipe(
    z.nullish(z.string()),
    z.transform((mode): 'code' | 'default' => (mode === 'code' ? 'code' : 'default')),
  ),
  timestamp: optionalNumber,
});

const skillSchema = z.object({ skill_name: z.string(), score: z.pipe(z.unknown(), z.transform(unboundedScore)) });

const baseShape = {
  response_id: id,
  invite_status: z.string(),
  ai_interview_id: z.optional(id),
  ai_interview_name: optionalText,
  candidate_id: z.optional(id),
  candidate_name: optionalText,
  candidate_email: optionalText,
  custom_field_id: looseText,
};

export const pendingReportSchema = z.pipe(
  z.object(baseShape),
  z.transform((report) => ({ ...report, status: 'pending' as const })),
);

export const completedReportSchema = z.pipe(
  z.object({
    ...baseShape,
    score: z.pipe(
      z.number(),
      z.transform((value: number) => inRange(0, SCORE_MAX)(value)),
    ),
    integrity_score: integrityScore,
    recommendation: optionalText,
    candidate_summary: optionalText,
    completed_date: optionalText,
    pdf_link: optionalText,
    report_link: optionalText,
    // Keys are opaque (documented `session1`, observed epoch-ms session starts). Non-string values are
    // dropped rather than failing the whole report: a missing recording must not hide the score.
    interview_recording: z.pipe(
      z.nullish(z.record(z.string(), z.unknown())),
      z.transform((recordings) => Object.entries(recordings ?? {}).flatMap(([key, url]) => (typeof url === 'string' ? [{ key, url }] : []))),
    ),
    skill_wise_scores: z.pipe(
      z.nullish(z.object({ must_haves: z.nullish(z.array(skillSchema)), nice_to_haves: z.nullish(z.array(skillSchema)) })),
      z.transform((skills) => ({ mustHaves: skills?.must_haves ?? [], niceToHaves: skills?.nice_to_haves ?? [] })),
    ),
    // One unreadable message (`content: null`) is left out and counted, so the panel can say so; it
    // must not hide the score and the rest of the interview.
    conversation: z.nullish(z.array(z.unknown())),
  }),
  z.transform(({ conversation, ...report }) => {
    const messages: TranscriptMessage[] = [];
    let skipped = 0;
    for (const raw of conversation ?? []) {
      const parsed = messageSchema.safeParse(raw);
      if (parsed.success) messages.push(parsed.data);
      else skipped++;
    }
    return { ...report, conversation: messages, skipped_messages: skipped, status: 'completed' as const };
  }),
);

export type CompletedReport = z.output<typeof completedReportSchema>;
export type PendingReport = z.output<typeof pendingReportSchema>;
export type Report = CompletedReport | PendingReport;
export type TranscriptMessage = z.output<typeof messageSchema>;

const statusProbe = z.object({ invite_status: z.string() });

/** Parses a 200 body. Completed interviews must carry a complete report; anything else is pending. */
export function parseReport(body: unknown): { ok: true; report: Report } | { ok: false; issue: string } {
  const status = statusProbe.safeParse(body);
  if (!status.success) return { ok: false, issue: describe(status.error) };
  const schema = status.data.invite_status.trim().toLowerCase() === 'completed' ? completedReportSchema : pendingReportSchema;
  const parsed = schema.safeParse(body);
  return parsed.success ? { ok: true, report: parsed.data } : { ok: false, issue: describe(parsed.error) };
}

function describe(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string {
  const first = error.issues[0];
  return first ? `${first.path.map(String).join('.') || 'body'}: ${first.message}` : 'unexpected shape';
}

/**
 * Error bodies seen elsewhere in the API: {message, error} or {error}. `detail`: the words for the
 * recruiter; `code`: the machine word when both came (e.g. `limit_exceed`).
 */
export const errorBodySchema = z.pipe(
  z.object({ message: z.optional(z.string()), error: z.optional(z.string()) }),
  z.transform((body) => ({ detail: body.message ?? body.error, code: body.message === undefined ? undefined : body.error })),
);
