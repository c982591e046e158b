const PATTERN = /^(https?|\*):\/\/(\*|\*\.[^/*]+|[^/*]+)(\/.*)$/;

/** Chrome match-pattern semantics for the http(s) patterns adapters use (scheme, host, path). */
export function matchesPattern(pattern: string, href: string): boolean {
  const match = PATTERN.exec(pattern);
  if (!match) return false;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  const [, scheme, host = '', path = '/*'] = match;
  if (scheme === '*' ? !/^https?:$/.test(url.protocol) : url.protocol !== `${scheme}:`) return false;
  const hostOk =
    host === '*' ||
    (host.startsWith('*.') ? url.hostname === host.slice(2) || url.hostname.endsWith(host.slice(1)) : url.hostname === host);
  const pathRe = new RegExp(`^${path.split('*').map(escapeRegExp).join('.*')}$`);
  return hostOk && pathRe.test(url.pathname + url.search);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}
