import { adapters } from '../ats';
import { coversUrl } from '../ats/match-pattern';
import type { AtsAdapter, Detection } from '../ats/types';
import { candidateEmails, profileRegion } from '../ats/profile-email';
import { candidateName } from '../ats/profile-name';
import { xobinResponseIds } from '../ats/xobin-links';

export function adapterFor(url: URL, list: readonly AtsAdapter[] = adapters): AtsAdapter | undefined {
  return list.find((adapter) => coversUrl(adapter, url));
}

/**
 * The candidate on this page, or null. Xobin report links count only on an opened profile: on a list
 * of candidates a link could belong to anyone, so nothing is guessed there.
 */
export function detectPage(url: URL, doc: Document, list: readonly AtsAdapter[] = adapters): Detection | null {
  // Every adapter on this host in turn: two recruiter rules may share a host (a new URL shape of the
  // same ATS, made from the panel's "Why no report?"), and the first one's pattern may not fit.
  for (const adapter of list) {
    if (!coversUrl(adapter, url)) continue;
    let found: ReturnType<AtsAdapter['detect']>;
    try {
      found = adapter.detect(url, doc);
    } catch {
      continue;
    }
    if (!found || found.ids.length === 0) continue;
    // Over a list (a flyover) only the open profile's region is the candidate's; not found, nothing is.
    const region = profileRegion(url, doc, adapter.overList);
    if (!region) return { ats: adapter.id, ids: found.ids, responseIds: [] };
    const { emails, from } = candidateEmails(region, adapter.notCandidate);
    return {
      ats: adapter.id,
      ids: found.ids,
      responseIds: xobinResponseIds(region),
      ...(emails.length > 0 ? { emails, emailsFrom: from } : {}),
      // Undefined when not read for sure; the message then carries no name.
      name: candidateName(region, adapter, found.ids),
    };
  }
  return null;
}
