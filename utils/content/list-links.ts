import type { AtsAdapter, DetectedId } from '../ats/types';
import { adapterFor } from './detect-page';

// What list-chips.ts reads from a link: whose it is, and whether it is the page's own candidate.

/** The candidate ids a link names, read from its URL alone (what the worker will read too). */
export function linkIds(url: URL, known: readonly AtsAdapter[], blank: Document): { ats: string; ids: readonly DetectedId[] } | null {
  const adapter = adapterFor(url, known);
  if (!adapter) return null;
  try {
    const found = adapter.detect(url, blank);
    return found && found.ids.length > 0 ? { ats: adapter.id, ids: found.ids } : null;
  } catch {
    return null;
  }
}

/** A link to the page's own candidate: every id it names is one of the page's (same key and value). */
export function sameCandidate(link: readonly DetectedId[], page: readonly DetectedId[] | undefined): boolean {
  return !!page && link.every((id) => page.some((own) => own.key === id.key && own.value === id.value));
}

/** This page load's name in its list lookups: the worker counts its 100 automatic lookups, and its Show more, by it. */
export function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(10));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
