const EMAIL_LINK = 'a[href^="mailto:" i]';

/**
 * The candidate's email, read only inside the ATS's candidate header (the block with the candidate's
 * name and contact details). A profile page carries other people's addresses too (the signed-in
 * recruiter in the top bar, a colleague in a note, a hiring manager), and the first `mailto:` on the
 * page is often one of those: the identity check must compare against the candidate's own address
 * or say nothing.
 */
export function candidateEmail(doc: Document, headerSelector: string): string | undefined {
  for (const header of doc.querySelectorAll(headerSelector)) {
    const href = header.querySelector<HTMLAnchorElement>(EMAIL_LINK)?.getAttribute('href');
    const email = href?.replace(/^mailto:/i, '').split('?')[0]?.trim();
    if (!email || !email.includes('@')) continue;
    try {
      return decodeURIComponent(email).toLowerCase();
    } catch {
      continue; // a malformed %-escape: not an address we can compare
    }
  }
  return undefined;
}
