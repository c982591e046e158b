import { ATS_SHAPES } from '../ats/shapes';
import type { ApiErrorKind } from '../api/errors';
import type { HostAdapter, Lookup, TabState } from '../tab-state';
import type { RuleDraft } from '../rule-draft';
import { idKind as idKindOf, maskId, urlToPattern, type UrlShape } from './url-pattern';

// "Why no report?": what the worker saw on the tab, as the panel explains it and as a recruiter sends
// it to support. Built from an allowlist of the tab state's fields: never the report, never the key.

/** What became of one lookup: found, not found, an error, or not asked (yet). */
export type LookupOutcome = 'found' | 'not-found' | 'not-tried' | 'waiting' | ApiErrorKind;

export interface LookupRow extends Lookup {
  readonly outcome: LookupOutcome;
}

/** Whether the candidate's part of the page showed an email, and where (text or links). */
export interface EmailFinding {
  readonly found: boolean;
  /** The addresses, for the panel only; the copied text says only how many and where. */
  readonly addresses: readonly string[];
  readonly fromText: number;
  readonly fromLink: number;
}

export interface Diagnostics {
  readonly url: string;
  readonly host: string;
  readonly shape: UrlShape;
  readonly phase: TabState['phase'];
  /** The adapter that recognised a candidate here; absent when none did. */
  readonly adapter?: { readonly id: string; readonly name: string };
  /** When none did: the adapters covering this host and the URL shapes they read. */
  readonly hostAdapters: readonly (HostAdapter & { readonly shapes: readonly string[] })[];
  readonly lookups: readonly LookupRow[];
  /** The lookups came from the recruiter's search box, not the page. */
  readonly manual: boolean;
  readonly email: EmailFinding;
  readonly error?: { readonly kind: ApiErrorKind; readonly status?: number };
}

/** What the content script found (Detection.emails and emailsFrom, profile-email.ts). */
export function emailFinding(state: Pick<TabState, 'emails' | 'emailsFrom'>): EmailFinding {
  const addresses = state.emails ?? [];
  return { found: addresses.length > 0, addresses, fromText: state.emailsFrom?.text ?? 0, fromLink: state.emailsFrom?.link ?? 0 };
}

/** Each lookup with its result, in the order the worker tries them (resolver.ts runLookups). */
export function lookupRows(state: Pick<TabState, 'lookups' | 'result' | 'phase'>): LookupRow[] {
  const { result } = state;
  const same = (a: Lookup, b: Lookup) => a.by === b.by && a.value === b.value;
  return state.lookups.map((lookup) => {
    if (state.phase === 'loading' || !result) return { ...lookup, outcome: 'waiting' };
    if (result.kind === 'report') {
      if (same(lookup, result.lookup)) return { ...lookup, outcome: 'found' };
      const index = state.lookups.findIndex((other) => same(other, result.lookup));
      return { ...lookup, outcome: state.lookups.indexOf(lookup) < index ? 'not-found' : 'not-tried' };
    }
    if (result.kind === 'paused') return { ...lookup, outcome: 'waiting' };
    const at = result.tried.findIndex((tried) => same(tried, lookup));
    if (at < 0) return { ...lookup, outcome: 'not-tried' };
    // The run stops at the first answer that is not "not found": that lookup carries the error.
    return { ...lookup, outcome: at === result.tried.length - 1 ? result.error.kind : 'not-found' };
  });
}

/** The diagnostics of a tab the worker has a state for; undefined for a page it never saw. */
export function diagnose(state: TabState | null | undefined): Diagnostics | undefined {
  if (!state) return undefined;
  let shape: UrlShape;
  let host: string;
  try {
    shape = urlToPattern(state.url);
    host = new URL(state.url).hostname;
  } catch {
    return undefined; // a manual lookup on a tab the worker never saw a page of has no URL
  }
  const error = state.result?.kind === 'error' ? state.result.error : undefined;
  return {
    url: state.url,
    host,
    shape,
    phase: state.phase,
    ...(state.ats && state.phase !== 'no-candidate' ? { adapter: { id: state.ats, name: state.atsName ?? state.ats } } : {}),
    hostAdapters: (state.hostAdapters ?? []).map((known) => ({ ...known, shapes: known.shapes ?? ATS_SHAPES[known.id] ?? [] })),
    lookups: lookupRows(state),
    manual: state.manual === true,
    email: emailFinding(state),
    ...(error ? { error: { kind: error.kind, ...(error.status !== undefined ? { status: error.status } : {}) } } : {}),
  };
}

const OUTCOME_TEXT: Record<LookupOutcome, string> = {
  found: 'found',
  'not-found': 'not found',
  'not-tried': 'not tried',
  waiting: 'waiting',
  'no-key': 'no API key',
  unauthorized: 'key refused',
  'rate-limited': 'rate limited',
  server: 'server error',
  offline: 'offline',
  timeout: 'timed out',
  'invalid-response': 'unreadable answer',
  'no-permission': 'no access to the API address',
  'invites-exhausted': 'no invites left',
  rejected: 'refused by the API',
};

/**
 * The support-ready text behind "Copy diagnostics". In English whatever the panel's language: it is
 * read by support. Ids and the email are masked; the report and the API key are not in the model.
 */
export function diagnosticsText(diagnostics: Diagnostics, version: string): string {
  const { shape, adapter, hostAdapters, lookups, email, error } = diagnostics;
  const lines = [
    'Xobin AI Interview reports: page diagnostics',
    `Extension version: ${version}`,
    `Page (ids masked): ${shape.shape}`,
    `Ids in the URL: ${shape.groups.length > 0 ? shape.groups.map((group) => `{${group.name}} = ${maskId(group.value)}`).join(', ') : 'none'}`,
    `State: ${diagnostics.phase}${diagnostics.manual ? ' (looked up by hand)' : ''}`,
    `Recognised by: ${adapter ? `${adapter.name} (${adapter.id})` : 'no adapter'}`,
  ];
  if (!adapter) {
    lines.push(`Adapters on this host: ${hostAdapters.length > 0 ? '' : 'none'}`);
    for (const known of hostAdapters) {
      lines.push(`  ${known.name} (${known.id})`);
      for (const urlShape of known.shapes) lines.push(`    reads: ${urlShape}`);
    }
  }
  lines.push(`Lookups: ${lookups.length > 0 ? '' : 'none'}`);
  for (const row of lookups) lines.push(`  ${row.by} ${maskId(row.value)} (${row.source}): ${OUTCOME_TEXT[row.outcome] ?? row.outcome}`);
  if (error) lines.push(`Result: ${error.kind}${error.status !== undefined ? ` (HTTP ${error.status})` : ''}`);
  lines.push(`Candidate email on the page: ${email.found ? `${email.addresses.length} found (text ${email.fromText}, links ${email.fromLink})` : 'not found'}`);
  return lines.join('\n');
}

/**
 * The recruiter rule this page suggests: its host, its URL as a pattern (ids as named groups), and a
 * template asking for the most specific id, the last one in the URL. A rule already on this host lends
 * its template (same ATS, same custom field format: `ACME-{candidateId}` -> `ACME-{talentId}`).
 */
export function draftRule(diagnostics: Diagnostics): RuleDraft {
  const { shape, hostAdapters, host } = diagnostics;
  const last = shape.groups.at(-1)?.name;
  const lent = hostAdapters.find((known) => known.template)?.template;
  const template = last ? (lent ? lent.replace(/\{\w+\}/g, `{${last}}`) : `{${last}}`) : '';
  const base = hostAdapters[0]?.name ?? host;
  const path = new URL(diagnostics.url).pathname.split('/').find((segment) => segment && !idKindOf(segment)) ?? '';
  const name = (path ? `${base} (${path})` : base).slice(0, 60);
  return { name, host, urlPattern: shape.pattern, template };
}
