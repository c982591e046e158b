import type { OverList } from './types';

/** At most this many addresses go to the worker: a profile shows one or two; a page listing hundreds is not one candidate's. */
export const MAX_PAGE_EMAILS = 20;
/** RFC 5321's longest usable address. */
export const MAX_EMAIL_LENGTH = 254;
/** Text read per scan: a profile's visible text is far smaller; a giant page is not read to its end. */
const MAX_TEXT = 400_000;
const MAX_LINKS = 200;

// Not the candidate's part of any page: the app's chrome (the signed-in recruiter's address sits in
// the top bar and account menu), hidden markup, and notes or activity feeds where the page marks them
// with data-* attributes (what survives a redesign; generated class names do not). `.note`/`.notes`
// are a hint only. Page-level <header>/<footer> are excluded in `isChrome`: inside main or a section
// they are the profile's own header (the candidate's name and contact details).
export const NOT_CANDIDATE = [
  'nav',
  '[role="banner"]',
  '[role="navigation"]',
  '[role="contentinfo"]',
  '[role="menu"]',
  '[role="menubar"]',
  '[hidden]',
  '[aria-hidden="true"]',
  'script',
  'style',
  'noscript',
  'template',
  '[data-test*="note" i]',
  '[data-testid*="note" i]',
  '[data-provides*="note" i]',
  '[data-test*="activity" i]',
  '[data-testid*="activity" i]',
  '[data-provides*="activity" i]',
  '.note',
  '.notes',
].join(', ');
const LANDMARK_SCOPE = 'main, article, aside, section, [role="main"], [role="dialog"], [role="region"]';
const EMAIL = /[a-z0-9._%+-]{1,64}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63})*\.[a-z]{2,24}/gi;
const EMAIL_LINK = 'a[href^="mailto:" i]';
const HIDDEN = '[hidden], [aria-hidden="true"]';

/**
 * The part of the page that is this candidate's: the whole body, or, where the profile opens over a
 * list (`overList`), the first visible container the ATS marks for it; null when that is not found.
 */
export function profileRegion(url: URL, doc: Document, overList?: OverList): Element | null {
  if (!overList || (overList.path && !overList.path.test(url.pathname))) return doc.body;
  for (const selector of overList.regions) for (const element of doc.querySelectorAll(selector)) if (!element.closest(HIDDEN)) return element;
  return null;
}

/** The addresses in the candidate's part of a page, and how many were in visible text and in mailto links. */
export interface PageEmails {
  readonly emails: string[];
  readonly from: { readonly text: number; readonly link: number };
}

/**
 * Every email address in the candidate's part of the page as a recruiter reads it: visible text and
 * mailto links, lower-cased, in page order. Real profiles show the candidate's address as plain text
 * under generated class names, so no guessed selector decides; instead the parts that are someone
 * else's (page chrome, the ATS's notes and activity feeds, `notCandidate` of the adapter) are left out.
 */
export function candidateEmails(root: Document | Element, notCandidate?: string): PageEmails {
  const doc = root.nodeType === 9 ? (root as Document) : (root.ownerDocument as Document);
  const body = root === doc ? doc.body : (root as Element);
  if (!body) return { emails: [], from: { text: 0, link: 0 } };
  const skip = notCandidate ? `${NOT_CANDIDATE}, ${notCandidate}` : NOT_CANDIDATE;
  // Inside a profile's own region (a flyover) a header is the profile's, never the app's top bar.
  const excluded = (element: Element) => element.matches(skip) || (body === doc.body && isChrome(element));
  const text = new Set<string>();
  const link = new Set<string>();
  const all = new Set<string>();
  const add = (found: Set<string>, raw: string) => {
    const email = raw.trim().toLowerCase();
    if (email.length > MAX_EMAIL_LENGTH || (all.size >= MAX_PAGE_EMAILS && !all.has(email))) return;
    found.add(email);
    all.add(email);
  };
  const walker = doc.createTreeWalker(body, 0x1 | 0x4, {
    // NodeFilter.SHOW_ELEMENT | SHOW_TEXT; a rejected element skips its whole subtree.
    acceptNode: (node) => (node.nodeType === 1 && excluded(node as Element) ? 2 : 1),
  });
  let read = 0;
  for (let node = walker.nextNode(); node && read < MAX_TEXT; node = walker.nextNode()) {
    if (node.nodeType === 1) {
      if ((node as Element).matches(EMAIL_LINK) && link.size < MAX_LINKS) {
        const address = mailtoAddress((node as Element).getAttribute('href') ?? '');
        if (address) add(link, address);
      }
      continue;
    }
    const value = node.nodeValue ?? '';
    read += value.length;
    if (!value.includes('@')) continue;
    for (const match of value.slice(0, MAX_TEXT).matchAll(EMAIL)) add(text, match[0]);
  }
  return { emails: [...all], from: { text: text.size, link: link.size } };
}

/** A page-level header or footer (the app's top bar, not a profile card's own header). */
export function isChrome(element: Element): boolean {
  const tag = element.localName;
  return (tag === 'header' || tag === 'footer') && !element.parentElement?.closest(LANDMARK_SCOPE);
}

function mailtoAddress(href: string): string | undefined {
  const raw = href
    .replace(/^mailto:/i, '')
    .split('?')[0]
    ?.split(',')[0]
    ?.trim();
  if (!raw) return undefined;
  try {
    const address = decodeURIComponent(raw);
    return new RegExp(`^${EMAIL.source}$`, 'i').test(address) ? address : undefined;
  } catch {
    return undefined; // a malformed %-escape: not an address we can compare
  }
}
