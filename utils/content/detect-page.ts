import { adapters } from '../ats';
import { matchesPattern } from '../ats/match-pattern';
import type { AtsAdapter, Detection } from '../ats/types';
import { candidateEmails } from '../ats/profile-email';
import { xobinResponseIds } from '../ats/xobin-links';

export function adapterFor(url: URL, list: readonly AtsAdapter[] = adapters): AtsAdapter | undefined {
  return list.find((adapter) => adapter.matches.some((pattern) => matchesPattern(pattern, url)));
}

/**
 * The candidate on this page, or null. Xobin report links count only on an opened profile: on a list
 * of candidates a link could belong to anyone, so nothing is guessed there.
 */
export function detectPage(url: URL, doc: Document, list: readonly AtsAdapter[] = adapters): Detection | null {
  const adapter = adapterFor(url, list);
  if (!adapter) return null;
  let found: ReturnType<AtsAdapter['detect']>;
  try {
    found = adapter.detect(url, doc);
  } catch {
    return null;
  }
  if (!found || found.ids.length === 0) return null;
  const { emails, from } = candidateEmails(doc, adapter.notCandidate);
  return { ats: adapter.id, ids: found.ids, responseIds: xobinResponseIds(doc), ...(emails.length > 0 ? { emails, emailsFrom: from } : {}) };
}
