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
  /** The candidate's email as the profile shows it, when it does. */
  readonly email?: string;
}

export interface AtsAdapter {
  readonly id: string;
  /** Human name, shown in the side panel ("from the Greenhouse application"). */
  readonly name: string;
  /** Real-world URL shapes it reads, for people: the page diagnostics and the docs. */
  readonly shapes?: readonly string[];
  /** Match patterns of the hosts it runs on; they become content_scripts.matches. */
  readonly matches: readonly string[];
  /** Labels for each id key, e.g. { applicationId: 'Greenhouse application' }. */
  readonly idLabels: Readonly<Record<string, string>>;
  /** Default lookup templates, tried in order; `{key}` is replaced by the id. */
  readonly defaultTemplates: readonly string[];
  /** Pure: the ids on this page, or null when it is not one candidate's profile. */
  detect(url: URL, doc: Document): Omit<Detection, 'ats' | 'responseIds'> | null;
}
