/** One id an adapter read from a candidate profile, most specific first. */
export interface DetectedId {
  /** Template variable name, e.g. `applicationId`. */
  readonly key: string;
  readonly value: string;
}

export interface Detection {
  /** Adapter id, e.g. `greenhouse`. */
  readonly ats: string;
  /** Ids in order of specificity (the first is tried first). */
  readonly ids: readonly DetectedId[];
  /** Xobin response ids linked from the profile; these win over ids from the URL. */
  readonly responseIds: readonly string[];
  /**
   * The email addresses in the candidate's part of the page (profile-email.ts), lower-cased: a report
   * whose candidate_email is one of them is this candidate's.
   */
  readonly emails?: readonly string[];
  /** How many of them were in visible text and how many in mailto links (one address can be both). */
  readonly emailsFrom?: { readonly text: number; readonly link: number };
  /** The candidate's name as the profile shows it (profile-name.ts), where the page says it for sure. */
  readonly name?: string;
}

export interface OverList {
  readonly path?: RegExp;
  readonly regions: readonly string[];
}

export interface AtsAdapter {
  readonly id: string;
  /** Human name, shown in the side panel ("from the Greenhouse application"). */
  readonly name: string;
  /** Match patterns of the hosts it runs on; they become content_scripts.matches. */
  readonly matches: readonly string[];
  /** Labels for each id key, e.g. { applicationId: 'Greenhouse application' }. */
  readonly idLabels: Readonly<Record<string, string>>;
  /** Default lookup templates, tried in order; `{key}` is replaced by the id. */
  readonly defaultTemplates: readonly string[];
  /**
   * Hosts inside `matches` that are not the recruiter app (a vendor's public job boards under the same
   * wildcard); they become content_scripts.exclude_matches and every URL check honours them.
   */
  readonly excludeMatches?: readonly string[];
  /**
   * Regions of the profile that are not the candidate's (notes, activity feeds) beyond the page chrome
   * every adapter leaves out: a CSS selector, by data-* attributes where the ATS has them.
   */
  readonly notCandidate?: string;
  /**
   * Where the profile opens over a list of other candidates (Lever's flyover, Ashby's right-side
   * panel), on URLs whose path matches `path` (every profile without one): only the open profile's
   * container counts there, the first of `regions` (CSS selectors, most telling first) found on the
   * page. With none found no part of the page counts: the rows around it are other candidates.
   */
  readonly overList?: OverList;
  /**
   * Where the profile shows the candidate's name (a CSS selector inside the profile's region), by what
   * the real page is known to use; without it no name is read. `{key}` in it is this profile's id (as
   * in `defaultTemplates`). With `nameTitle`, the name counts only when it is the first group of that
   * pattern on the page title.
   */
  readonly nameAt?: string;
  readonly nameTitle?: RegExp;
  /** Pure: the ids on this page, or null when it is not one candidate's profile. */
  detect(url: URL, doc: Document): Pick<Detection, 'ids'> | null;
}
