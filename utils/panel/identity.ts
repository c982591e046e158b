/**
 * A wrong report is worse than none: when the ATS profile shows an email and the report's
 * candidate_email is a different address, say so. Case and surrounding spaces do not count.
 */
export function identityMismatch(profileEmail: string | undefined, reportEmail: string | undefined): { profile: string; report: string } | undefined {
  const profile = profileEmail?.trim().toLowerCase();
  const report = reportEmail?.trim().toLowerCase();
  if (!profile || !report || profile === report) return undefined;
  return { profile, report };
}

/** Why a report may not be this profile's candidate: their email, or the invite's custom field id. */
export type IdentityProblem =
  | { readonly kind: 'email'; readonly profile: string; readonly report: string }
  | { readonly kind: 'custom-field'; readonly report: string; readonly expected: readonly string[] };

export interface IdentityFacts {
  readonly profileEmail?: string;
  readonly reportEmail?: string;
  readonly reportCustomFieldId?: string;
  /** The custom field ids this profile's own ids give (the tab's lookups), empty when unknown. */
  readonly expectedCustomFieldIds?: readonly string[];
}

/**
 * A planted report link (a candidate can put one in their profile) names someone else's interview:
 * the badge, the launcher and the panel must not present it as this candidate's. Emails first; where
 * they cannot be compared, the invite's custom_field_id, when Xobin sends one and the profile's ids
 * give any.
 */
export function identityProblem(facts: IdentityFacts): IdentityProblem | undefined {
  const email = identityMismatch(facts.profileEmail, facts.reportEmail);
  if (email) return { kind: 'email', ...email };
  // The same email on both sides settles it: invites often carry the customer's own ids
  // (CAND-2025-003) that no ATS id gives, and a matching email must not be second-guessed by them.
  if (facts.profileEmail?.trim() && facts.reportEmail?.trim()) return undefined;
  const report = facts.reportCustomFieldId?.trim();
  const expected = facts.expectedCustomFieldIds ?? [];
  if (!report || expected.length === 0) return undefined;
  const same = (value: string) => value.trim().toLowerCase() === report.toLowerCase();
  return expected.some(same) ? undefined : { kind: 'custom-field', report, expected };
}

/** The custom field ids the page's ids lead to; none for the recruiter's own search. */
export function expectedCustomFieldIds(state: { readonly lookups: readonly { by: string; value: string }[]; readonly manual?: boolean }): string[] {
  return state.manual ? [] : state.lookups.filter((lookup) => lookup.by === 'custom_field_id').map((lookup) => lookup.value);
}
