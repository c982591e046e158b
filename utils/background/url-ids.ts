import type { AtsAdapter, DetectedId, Detection } from '../ats/types';
import type { CustomRule } from '../rules';

// The content script runs next to the ATS page's scripts, so what it sends is a claim, not a fact.
// The worker reads the candidate's ids from the URL itself with the same adapter; the page's DOM only
// contributes hints: the emails in the candidate's part of it (for the identity check), Xobin report links (bounded, and spent from
// the lookup budget) and, for a recruiter's rule that reads a CSS selector, that one id.

/** Adapters may read the DOM only for hints; for the ids they get a document with nothing in it. */
const NO_DOCUMENT = {
  querySelector: () => null,
  querySelectorAll: () => [],
  getElementById: () => null,
  getElementsByTagName: () => [],
  getElementsByClassName: () => [],
  body: null,
  documentElement: null,
} as unknown as Document;

/** Report links on one profile worth trying; a page planting more gets the first few only. */
export const MAX_LINKED_RESPONSES = 3;

/** The ids `adapter` finds in the URL alone, or null when the URL is not one candidate's profile. */
export function idsFromUrl(adapter: AtsAdapter, url: string): DetectedId[] | null {
  try {
    const found = adapter.detect(new URL(url), NO_DOCUMENT);
    return found && found.ids.length > 0 ? [...found.ids] : null;
  } catch {
    return null;
  }
}

/** The detection the worker acts on: ids from the URL, hints from the page. */
export function trustedDetection(claimed: Detection, adapter: AtsAdapter, url: string, rule?: CustomRule): Detection | null {
  const ids = idsFromUrl(adapter, url) ?? [];
  // A rule's selector id lives only in the DOM: the recruiter chose that, so it is taken as sent.
  const pageId = rule?.selector ? claimed.ids.find((id) => id.key === 'pageId') : undefined;
  if (pageId && !ids.some((id) => id.key === 'pageId')) ids.push(pageId);
  if (ids.length === 0) return null;
  return {
    ats: adapter.id,
    ids,
    responseIds: claimed.responseIds.slice(0, MAX_LINKED_RESPONSES),
    ...(claimed.emails?.length ? { emails: claimed.emails, ...(claimed.emailsFrom ? { emailsFrom: claimed.emailsFrom } : {}) } : {}),
    ...(claimed.name ? { name: claimed.name } : {}),
  };
}
