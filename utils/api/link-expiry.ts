import type { Report } from './schemas';

// Xobin's PDF and recording links may be time-limited signed URLs (shared/xobin-api.md). Their
// expiry is only knowable from the URL itself, in the query of the common signing schemes. Anything
// we cannot read counts as "no known expiry": the usual cache freshness applies then.

/** Re-fetch this long before a signed link dies, so a click on it still works. */
export const EXPIRY_MARGIN_MS = 2 * 60_000;

/** When a signed URL stops working (epoch ms), or undefined when the URL does not say. */
export function signedUrlExpiry(href: string): number | undefined {
  let params: URLSearchParams;
  try {
    params = new URL(href).searchParams;
  } catch {
    return undefined;
  }
  const get = (name: string) => {
    for (const [key, value] of params) if (key.toLowerCase() === name) return value;
    return undefined;
  };
  // AWS SigV4 / Google V4: a signing time plus a lifetime in seconds.
  const signedAt = get('x-amz-date') ?? get('x-goog-date');
  const lifetime = get('x-amz-expires') ?? get('x-goog-expires');
  if (signedAt && lifetime && /^\d{1,7}$/.test(lifetime)) {
    const start = basicIsoTime(signedAt);
    if (start !== undefined) return start + Number(lifetime) * 1000;
  }
  // AWS SigV2, CloudFront, Google V2 and many home-grown signers: Unix seconds.
  const epoch = get('expires') ?? get('exp');
  if (epoch && /^\d{9,11}$/.test(epoch)) return Number(epoch) * 1000;
  // Azure SAS: `se` is an ISO 8601 time.
  const azure = get('se');
  if (azure) {
    const time = Date.parse(azure);
    if (!Number.isNaN(time)) return time;
  }
  return undefined;
}

/** `20250705T044245Z` (the compact ISO 8601 the signers use). */
function basicIsoTime(value: string): number | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s] = match.map(Number) as [number, number, number, number, number, number, number];
  return Date.UTC(y, mo - 1, d, h, mi, s);
}

/** The earliest expiry among the report's links, or undefined when none says. */
export function reportLinksExpiry(report: Report): number | undefined {
  if (report.status !== 'completed') return undefined;
  const links = [report.pdf_link, report.report_link, ...report.interview_recording.map((recording) => recording.url)];
  const expiries = links.flatMap((link) => {
    const expiry = link ? signedUrlExpiry(link) : undefined;
    return expiry === undefined ? [] : [expiry];
  });
  return expiries.length > 0 ? Math.min(...expiries) : undefined;
}

export function linksExpireSoon(report: Report, now = Date.now()): boolean {
  const expiry = reportLinksExpiry(report);
  return expiry !== undefined && expiry - now < EXPIRY_MARGIN_MS;
}
