// A page's URL turned into a recruiter rule's URL pattern: the parts that look like ids become named
// groups, everything else stays literal (escaped), so the rule reads this page and its siblings
// (another candidate's profile) and nothing else on the host.

/** One id found in the URL: the group's name and the value this page has. */
export interface UrlGroup {
  readonly name: string;
  readonly value: string;
}

export interface UrlShape {
  /** Regular expression over the full URL (CustomRule.urlPattern), with one named group per id. */
  readonly pattern: string;
  readonly groups: readonly UrlGroup[];
  /** For people: the path with `{name}` for each id, query keys with their values left out. */
  readonly shape: string;
}

type IdKind = 'number' | 'uuid' | 'hex';

const UUID = /^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/i;
// Hex ids (Mongo-style object ids, hashes): 8+ hex digits with at least one digit and one letter, so
// that plain words made of a-f ("accessed") and numbers (taken above) are not read as one.
const HEX = /^(?=[\da-f]*\d)(?=[\da-f]*[a-f])[\da-f]{8,}$/i;
const GROUP_REGEX: Record<IdKind, string> = { number: '\\d+', uuid: '[\\da-fA-F-]{36}', hex: '[\\da-fA-F]+' };

export function idKind(segment: string): IdKind | undefined {
  if (/^\d+$/.test(segment)) return 'number';
  if (UUID.test(segment)) return 'uuid';
  if (HEX.test(segment)) return 'hex';
  return undefined;
}

/** `4012345002` -> `##########`, `ACME-77123` -> `****-#####`: the shape of an id, not the id. */
export function maskId(value: string): string {
  return value.replace(/\p{N}/gu, '#').replace(/\p{L}/gu, '*');
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `candidates` -> `candidateId`, `application_id` -> `applicationId`: a valid, readable group name. */
function groupName(word: string | undefined, taken: Set<string>): string {
  const words = (word ?? '').split(/[^a-zA-Z0-9]+/).filter((part) => /^[a-zA-Z]/.test(part));
  let base = words.map((part, index) => (index === 0 ? part.toLowerCase() : part[0]!.toUpperCase() + part.slice(1).toLowerCase())).join('');
  if (base === 'people') base = 'person';
  else if (/[^s]s$/.test(base) && base.length > 3) base = base.slice(0, -1);
  base = base.slice(0, 30);
  if (!base.endsWith('Id') && base !== 'id') base = base ? `${base}Id` : 'id';
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}${n}`;
  taken.add(name);
  return name;
}

/** The URL pattern of a rule for pages shaped like `href`. */
export function urlToPattern(href: string): UrlShape {
  const url = new URL(href);
  const taken = new Set<string>();
  const groups: UrlGroup[] = [];
  const page = routePattern(url.pathname, url.searchParams, taken, groups);
  const origin = `${url.protocol}//${url.host}/`;
  const hash = HASH_ROUTE.exec(url.hash);
  if (!hash) return { pattern: page.pattern, groups, shape: `${origin}${page.shape}` };
  // A hash-routed app (Recruitee, Keka: `/#/candidates/123`) names the candidate after the `#`; a rule's
  // pattern runs over the whole URL, hash included, so the route is read the same way as a path.
  const inner = new URL(`${hash[2]}`, 'https://route.invalid');
  const route = routePattern(inner.pathname, inner.searchParams, taken, groups);
  const pattern = `${page.path}[^#]*#${escapeRegExp(hash[1]!)}${route.pattern}`;
  return { pattern, groups, shape: `${origin}${page.shape}#${hash[1]}/${route.shape}` };
}

/** `#/…` or `#!/…`: the prefix before the route's own leading slash, and the route. */
const HASH_ROUTE = /^#(!?)(\/.*)$/s;

/** The pattern of one path with its query (the page's, or a hash route's), and its shape for people. */
function routePattern(pathname: string, query: URLSearchParams, taken: Set<string>, groups: UrlGroup[]): { path: string; pattern: string; shape: string } {
  const segments = pathname.split('/').slice(1);
  const pathParts: string[] = [];
  const shapeParts: string[] = [];
  segments.forEach((segment, index) => {
    const kind = idKind(segment);
    if (!kind) {
      pathParts.push(escapeRegExp(segment));
      // A segment with digits that is not an id of ours (CAND-2025-001) may still name someone; a
      // version (v2) or a short word with a digit (step1) does not.
      shapeParts.push((segment.match(/\d/g)?.length ?? 0) >= 3 ? maskId(segment) : segment);
      return;
    }
    // Named after the nearest word before it: /candidates/v2/123 -> candidateId.
    const word = segments
      .slice(0, index)
      .reverse()
      .find((before) => /^[a-zA-Z][a-zA-Z_-]*$/.test(before) && !idKind(before));
    const name = groupName(idKind(segments[index - 1] ?? '') ? undefined : word, taken);
    groups.push({ name, value: segment });
    pathParts.push(`(?<${name}>${GROUP_REGEX[kind]})`);
    shapeParts.push(`{${name}}`);
  });
  const path = `/${pathParts.join('/')}`;
  const queryKeys: string[] = [];
  const queryParts: string[] = [];
  for (const [key, value] of query) {
    queryKeys.push(key);
    const kind = idKind(value);
    if (!kind || !/^[\w.-]{1,60}$/.test(key)) continue;
    const name = groupName(key, taken);
    groups.push({ name, value });
    queryParts.push(`[?&]${escapeRegExp(key)}=(?<${name}>${GROUP_REGEX[kind]})`);
  }
  // Ids in the query: after the path, in the order this page has them, other parameters between.
  const pattern = path + (queryParts.length > 0 ? `(?=[/?#]|$)${queryParts.map((part) => `[^#]*?${part}`).join('')}` : '(?:[/?#]|$)');
  const keys = queryKeys.length > 0 ? `?${queryKeys.map((key) => `${key}=…`).join('&')}` : '';
  return { path: queryParts.length > 0 ? pattern : path, pattern, shape: `${shapeParts.join('/')}${keys}` };
}
