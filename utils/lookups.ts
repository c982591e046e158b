import type { AtsAdapter, Detection } from './ats/types';
import type { Lookup } from './tab-state';

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * The lookups to try for a detected profile, in order: Xobin report links on the page first (they
 * name the response exactly), then each template filled with the ATS ids, skipping templates whose
 * ids this page does not have. Duplicates are dropped.
 */
export function buildLookups(detection: Detection, adapter: AtsAdapter, templates: readonly string[] = adapter.defaultTemplates): Lookup[] {
  const lookups: Lookup[] = detection.responseIds.map((value) => ({
    by: 'response_id',
    value,
    source: 'a Xobin report link on the profile',
  }));
  const ids = new Map(detection.ids.map(({ key, value }) => [key, value]));
  for (const template of templates) {
    const used: string[] = [];
    let missing = false;
    const value = template.replace(PLACEHOLDER, (_, key: string) => {
      const id = ids.get(key);
      if (id === undefined) missing = true;
      used.push(adapter.idLabels[key] ?? key);
      return id ?? '';
    });
    if (missing || !value.trim()) continue;
    lookups.push({ by: 'custom_field_id', value, source: `the ${used.join(' and ')}` });
  }
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
