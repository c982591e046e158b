const PATTERN = /^(https?|\*):\/\/(\*|\*\.[^/*]+|[^/*]+)(\/.*)$/;

interface Compiled {
  readonly scheme: string;
  readonly host: string;
  readonly path: RegExp;
}

// Each pattern is parsed once: a list page asks about every link against every adapter's patterns.
const compiled = new Map<string, Compiled | null>();

function compile(pattern: string): Compiled | null {
  let found = compiled.get(pattern);
  if (found !== undefined) return found;
  const match = PATTERN.exec(pattern);
  found = match ? { scheme: match[1]!, host: match[2] ?? '', path: new RegExp(`^${(match[3] ?? '/*').split('*').map(escapeRegExp).join('.*')}$`) } : null;
  if (compiled.size >= 500) compiled.clear(); // recruiter rules come and go; adapters' patterns are a few dozen
  compiled.set(pattern, found);
  return found;
}

/** Chrome match-pattern semantics for the http(s) patterns adapters use (scheme, host, path). */
export function matchesPattern(pattern: string, href: string | URL): boolean {
  const compiledPattern = compile(pattern);
  if (!compiledPattern) return false;
  let url: URL;
  try {
    url = typeof href === 'string' ? new URL(href) : href;
  } catch {
    return false;
  }
  const { scheme, host, path } = compiledPattern;
  if (scheme === '*' ? url.protocol !== 'https:' && url.protocol !== 'http:' : url.protocol !== `${scheme}:`) return false;
  const hostOk = host === '*' || (host.startsWith('*.') ? url.hostname === host.slice(2) || url.hostname.endsWith(host.slice(1)) : url.hostname === host);
  return hostOk && path.test(url.pathname + url.search);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether an adapter runs on this URL: one of its match patterns and none of its exclusions. */
export function coversUrl(adapter: { readonly matches: readonly string[]; readonly excludeMatches?: readonly string[] }, href: string | URL): boolean {
  return adapter.matches.some((pattern) => matchesPattern(pattern, href)) && !adapter.excludeMatches?.some((pattern) => matchesPattern(pattern, href));
}
