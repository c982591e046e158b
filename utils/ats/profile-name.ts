import { isChrome, NOT_CANDIDATE } from './profile-email';
import type { AtsAdapter, DetectedId } from './types';

/**
 * A name as the page may send it: at most 120 characters (longer is not one person's name), and no
 * markup, address, digits ("Candidates (42)") or control characters. The worker checks it again.
 */
export const NAME_TEXT = /^[^<>@\d\p{Cc}]{1,120}$/u;

/**
 * The candidate's name as the profile shows it, read as text where the adapter knows the real page puts
 * it (`nameAt`), inside the profile's region (over a list, the open profile only). Undefined when
 * unsure: a wrong name prefilled (a section title, the recruiter's own name) is worse than none, so an
 * adapter without a known place reads none (no guessing from the first heading). A `{key}` in `nameAt`
 * is this profile's id (Workable: the pipeline card that links this very candidate).
 */
export function candidateName(
  region: Element,
  adapter: Pick<AtsAdapter, 'nameAt' | 'nameTitle' | 'notCandidate'>,
  ids: readonly DetectedId[] = [],
): string | undefined {
  if (!adapter.nameAt) return undefined;
  const skip = adapter.notCandidate ? `${NOT_CANDIDATE}, ${adapter.notCandidate}` : NOT_CANDIDATE;
  // Escaped: ids come from the URL, which anyone can link to.
  const at = adapter.nameAt.replace(/\{(\w+)\}/g, (_, key: string) => CSS.escape(ids.find((id) => id.key === key)?.value ?? ''));
  // The first one on the page decides, hidden ones, notes and the app's top bar header (the signed-in
  // recruiter's name) aside: text elsewhere on the page is no second guess.
  const element = [...region.querySelectorAll(at)].find((found) => !found.closest(skip) && !isChrome(found.closest('header') ?? region));
  const name = element?.textContent?.replace(/\s+/g, ' ').trim();
  if (!name || !NAME_TEXT.test(name)) return undefined;
  // Where the title names the candidate too (Lever), a heading it does not name is someone else's.
  return !adapter.nameTitle || adapter.nameTitle.exec(region.ownerDocument.title)?.[1] === name ? name : undefined;
}
