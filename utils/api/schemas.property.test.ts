import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from '../panel/safe-url';
import { completedBody } from './sample-reports';
import { parseReport, type Report } from './schemas';

// Whatever the API sends, parsing either gives a report whose numbers are real numbers or a clean
// error: never an exception, never NaN, and no link the panel renders has a scheme other than http(s).

function renderedLinks(report: Report): string[] {
  if (report.status !== 'completed') return [];
  const candidates = [report.pdf_link, report.report_link, ...report.interview_recording.map((r) => r.url)];
  return candidates.flatMap((url) => {
    const safe = safeHttpUrl(url);
    return safe ? [safe] : [];
  });
}

const hostileUrl = fc.oneof(
  fc.webUrl(),
  fc.constantFrom(
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>1</script>',
    'vbscript:x',
    'file:///etc/passwd',
    'chrome://settings',
    '//evil.example/x',
    '\u0000javascript:1',
  ),
  fc.string(),
);

describe('report schemas under arbitrary input', () => {
  it('never throw on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(() => parseReport(value)).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  }, 30_000);

  it('never yield NaN or a non-http(s) link, even from a report-shaped body with hostile fields', () => {
    const field = fc.oneof(fc.jsonValue(), hostileUrl, fc.double(), fc.constant(undefined));
    const keys = [
      'score',
      'integrity_score',
      'pdf_link',
      'report_link',
      'interview_recording',
      'conversation',
      'skill_wise_scores',
      'response_id',
      'candidate_name',
    ];
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys), field), fc.dictionary(fc.string(), hostileUrl), (overrides, recordings) => {
        const parsed = parseReport(completedBody({ interview_recording: recordings, pdf_link: recordings.a, ...overrides }));
        if (!parsed.ok) return;
        const report = parsed.report;
        if (report.status === 'completed') {
          // A number shown is a real number in range; anything else is 'invalid', never NaN.
          if (report.score !== 'invalid') expect(Number.isFinite(report.score) && report.score >= 0 && report.score <= 100).toBe(true);
          const integrity = report.integrity_score;
          if (integrity !== undefined && integrity !== 'invalid') expect(integrity >= 0 && integrity <= 10).toBe(true);
          for (const skill of [...report.skill_wise_scores.mustHaves, ...report.skill_wise_scores.niceToHaves]) {
            if (skill.score !== 'invalid') expect(Number.isFinite(skill.score)).toBe(true);
          }
          for (const message of report.conversation) expect(typeof message.content).toBe('string');
        }
        for (const link of renderedLinks(report)) expect(new URL(link).protocol).toMatch(/^https?:$/);
      }),
      { numRuns: 1500 },
    );
  }, 30_000);
});
