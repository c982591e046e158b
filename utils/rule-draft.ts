import { checkRule, type CustomRule } from './rules';

// A rule suggested by the panel's "Why no report?" travels to the settings page in its address
// (`options.html#rule=<JSON>`): nothing is stored, and the settings page trusts none of it. It fills
// the form's fields, which the recruiter reads, and saves through the form's own checks.

export type RuleDraft = Pick<CustomRule, 'name' | 'host' | 'template'> & { readonly urlPattern: string };

const FIELDS = ['name', 'host', 'urlPattern', 'selector', 'attribute', 'template'] as const;
const HASH_KEY = '#rule=';
/** Longer than any field the form accepts; a longer address is not one the panel made. */
const MAX_FIELD = 2048;

export function draftHash(draft: RuleDraft): string {
  return `${HASH_KEY}${encodeURIComponent(JSON.stringify(draft))}`;
}

export interface DraftFields {
  readonly values: Record<string, string>;
  /** What the form's checks say about the draft as it is, if anything. */
  readonly problem?: string;
}

/** The form's fields from `location.hash`, or undefined when it holds no (readable) draft. */
export function readDraft(hash: string): DraftFields | undefined {
  if (!hash.startsWith(HASH_KEY)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(decodeURIComponent(hash.slice(HASH_KEY.length)));
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const raw = parsed as Record<string, unknown>;
  const values: Record<string, string> = {};
  for (const field of FIELDS) {
    const value = raw[field];
    if (typeof value === 'string' && value.length <= MAX_FIELD) values[field] = value;
  }
  if (Object.keys(values).length === 0) return undefined;
  const checked = checkRule(values);
  return checked.ok ? { values } : { values, problem: checked.message };
}
