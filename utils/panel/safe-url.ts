/**
 * The URL as an absolute http(s) link, or undefined. Report links come from the API; a
 * `javascript:` or `data:` URL must never become a clickable link in a privileged extension page.
 */
export function safeHttpUrl(raw: string | null | undefined): string | undefined {
  if (typeof raw !== 'string' || !raw.trim()) return undefined;
  try {
    const url = new URL(raw.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
