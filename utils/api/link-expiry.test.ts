import { describe, expect, it } from 'vitest';
import { parseReport, type Report } from './schemas';
import { completedBody } from './sample-reports';
import { EXPIRY_MARGIN_MS, linksExpireSoon, reportLinksExpiry, signedUrlExpiry } from './link-expiry';

const report = (overrides: Record<string, unknown>): Report => {
  const parsed = parseReport(completedBody(overrides));
  if (!parsed.ok) throw new Error(parsed.issue);
  return parsed.report;
};

describe('signedUrlExpiry', () => {
  it('reads AWS SigV4 and Google V4 signing time plus lifetime', () => {
    expect(signedUrlExpiry('https://s3.example/r.pdf?X-Amz-Date=20250705T044245Z&X-Amz-Expires=3600&X-Amz-Signature=x')).toBe(Date.UTC(2025, 6, 5, 5, 42, 45));
    expect(signedUrlExpiry('https://gcs.example/r.webm?x-goog-date=20250705T044245Z&x-goog-expires=60')).toBe(Date.UTC(2025, 6, 5, 4, 43, 45));
  });

  it('reads Unix-second Expires (SigV2, CloudFront) and Azure SAS `se`', () => {
    expect(signedUrlExpiry('https://cdn.example/a.webm?Expires=1755699588&Signature=x')).toBe(1755699588000);
    expect(signedUrlExpiry('https://blob.example/a.webm?sv=2022&se=2025-07-05T05:42:45Z&sig=x')).toBe(Date.UTC(2025, 6, 5, 5, 42, 45));
  });

  it('says nothing for unsigned, malformed or unknown links instead of guessing', () => {
    for (const href of [
      'https://app.xobin.com/reports/1.pdf',
      'not a url',
      'https://x.example/?X-Amz-Date=yesterday&X-Amz-Expires=60',
      'https://x.example/?Expires=soon',
    ]) {
      expect(signedUrlExpiry(href), href).toBeUndefined();
    }
  });
});

describe('report links', () => {
  const now = Date.UTC(2025, 6, 5, 5, 0, 0);
  it('takes the earliest expiry of PDF and recordings', () => {
    const expiring = report({
      pdf_link: `https://s3.example/r.pdf?Expires=${now / 1000 + 3600}`,
      interview_recording: { '1755695988585': `https://cdn.example/s1.webm?Expires=${now / 1000 + 60}` },
    });
    expect(reportLinksExpiry(expiring)).toBe(now + 60_000);
    expect(linksExpireSoon(expiring, now)).toBe(true);
    expect(linksExpireSoon(expiring, now - EXPIRY_MARGIN_MS)).toBe(false);
  });

  it('treats a report without signed links as never expiring', () => {
    expect(reportLinksExpiry(report({}))).toBeUndefined();
    expect(linksExpireSoon(report({}), now)).toBe(false);
  });
});
