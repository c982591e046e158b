import type { AtsAdapter, Detection } from './ats/types';
import { safeIntl, t, uiLocale, type MessageKey } from './i18n';
import type { Lookup } from './tab-state';

const PLACEHOLDER = /\{(\w+)\}/g;

// The id names the shipped adapters use, each with a phrase in every catalogue. Adapters' own
// `idLabels` say the same in English (a test keeps them equal); a recruiter's rule names its own ids.
const ID_PHRASES: Readonly<Record<string, MessageKey>> = {
  applicationId: 'idApplication',
  candidateId: 'idCandidate',
  personId: 'idCandidate',
  opportunityId: 'idOpportunity',
};

/** "Greenhouse application": what an id is, in the reader's language. */
export function idLabel(adapter: Pick<AtsAdapter, 'name' | 'idLabels'>, key: string): string {
  const phrase = ID_PHRASES[key];
  return phrase ? t(phrase, adapter.name) : (adapter.idLabels[key] ?? key);
}

/**
 * The lookups to try for a detected profile, in order: each template filled with the profile's own
 * ids (from its URL), skipping templates whose ids this page does not have, then Xobin report links on
 * the page. A link names a response exactly, but anyone who can write on the profile can plant one:
 * the candidate's own ids come first, and a report reached only through a link must still be tied
 * to the profile (panel/identity.ts). Duplicates are dropped.
 */
export function buildLookups(detection: Detection, adapter: AtsAdapter, templates: readonly string[] = adapter.defaultTemplates): Lookup[] {
  const lookups: Lookup[] = [];
  const ids = new Map(detection.ids.map(({ key, value }) => [key, value]));
  for (const template of templates) {
    const used: string[] = [];
    let missing = false;
    const value = template.replace(PLACEHOLDER, (_, key: string) => {
      const id = ids.get(key);
      if (id === undefined) missing = true;
      used.push(idLabel(adapter, key));
      return id ?? '';
    });
    if (missing || !value.trim()) continue;
    lookups.push({ by: 'custom_field_id', value, source: t('lookupSourceIds', joinAnd(used)) });
  }
  for (const value of detection.responseIds) lookups.push({ by: 'response_id', value, source: t('lookupSourceLink') });
  const seen = new Set<string>();
  return lookups.filter((lookup) => {
    const key = `${lookup.by}=${lookup.value}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function sameLookups(a: readonly Lookup[], b: readonly Lookup[]): boolean {
  return a.length === b.length && a.every((lookup, i) => lookup.by === b[i]?.by && lookup.value === b[i]?.value);
}

function joinAnd(items: readonly string[]): string {
  return safeIntl(() => new Intl.ListFormat(uiLocale(), { type: 'conjunction' }).format(items), items.join(' + '));
}
