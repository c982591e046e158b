import { z } from 'zod';

// Shapes from ../shared/xobin-api.md. Tolerant where the API is known to wander (integer integrity
// score, opaque recording keys, free-text dates and recommendations, extra fields), strict where a
// wrong value would mislead a recruiter (a score that is not a number, a message without content).

const id = z.union([z.number().int().nonnegative(), z.string().regex(/^\d+$/)]).transform(String);
const optionalText = z.string().nullish().transform((value) => value ?? undefined);
const finiteNumber = z.number().finite();

export const messageSchema = z.object({
  content: z.string(),
  // Documented: 'user' (candidate) | 'assistant' (interviewer). Unknown roles are kept and shown as-is.
  role: z.string().min(1),
  mode: z.string().nullish().transform((mode) => (mode === 'code' ? 'code' : 'default')),
  timestamp: finiteNumber.nullish().transform((value) => value ?? undefined),
});

const skillSchema = z.object({ skill_name: z.string(), score: finiteNumber });

const baseSchema = z.object({
  response_id: id,
  invite_status: z.string(),
  ai_interview_id: id.optional(),
  ai_interview_name: optionalText,
  candidate_id: id.optional(),
  candidate_name: optionalText,
  candidate_email: optionalText,
  custom_field_id: optionalText,
});

export const pendingReportSchema = baseSchema.transform((report) => ({ ...report, status: 'pending' as const }));

export const completedReportSchema = baseSchema
  .extend({
    score: finiteNumber,
    integrity_score: finiteNumber.nullish().transform((value) => value ?? undefined),
    recommendation: optionalText,
    candidate_summary: optionalText,
    completed_date: optionalText,
    pdf_link: optionalText,
    report_link: optionalText,
    // Keys are opaque (documented `session1`, observed epoch-ms session starts). Non-string values are
    // dropped rather than failing the whole report: a missing recording must not hide the score.
    interview_recording: z
      .record(z.string(), z.unknown())
      .nullish()
      .transform((recordings) =>
        Object.entries(recordings ?? {}).flatMap(([key, url]) => (typeof url === 'string' ? [{ key, url }] : [])),
      ),
    skill_wise_scores: z
      .object({ must_haves: z.array(skillSchema).nullish(), nice_to_haves: z.array(skillSchema).nullish() })
      .nullish()
      .transform((skills) => ({ mustHaves: skills?.must_haves ?? [], niceToHaves: skills?.nice_to_haves ?? [] })),
    conversation: z.array(messageSchema).nullish().transform((messages) => messages ?? []),
  })
  .transform((report) => ({ ...report, status: 'completed' as const }));

export type CompletedReport = z.output<typeof completedReportSchema>;
export type PendingReport = z.output<typeof pendingReportSchema>;
export type Report = CompletedReport | PendingReport;
export type TranscriptMessage = CompletedReport['conversation'][number];

const statusProbe = z.object({ invite_status: z.string() });

/** Parses a 200 body. Completed interviews must carry a complete report; anything else is pending. */
export function parseReport(body: unknown): { ok: true; report: Report } | { ok: false; issue: string } {
  const status = statusProbe.safeParse(body);
  if (!status.success) return { ok: false, issue: describe(status.error) };
  const schema = status.data.invite_status.trim().toLowerCase() === 'completed' ? completedReportSchema : pendingReportSchema;
  const parsed = schema.safeParse(body);
  return parsed.success ? { ok: true, report: parsed.data } : { ok: false, issue: describe(parsed.error) };
}

function describe(error: z.ZodError): string {
  const first = error.issues[0];
  return first ? `${first.path.join('.') || 'body'}: ${first.message}` : 'unexpected shape';
}

/** Error bodies seen elsewhere in the API: {message, error} or {error}. */
export const errorBodySchema = z
  .object({ message: z.string().optional(), error: z.string().optional() })
  .transform((body) => body.message ?? body.error);
