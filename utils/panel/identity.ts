import type { ReportSummary, TabState } from '../tab-state';

/**
 * A wrong report is worse than none: when the ATS profile shows emails and the report's
 * candidate_email is none of them, say so. Case and surrounding spaces do not count.
 */
export function identityMismatch(
  profileEmails: readonly string[] | undefined,
  reportEmail: string | undefined,
): { profile: string; report: string } | undefined {
  const profile = normalized(profileEmails);
  const report = reportEmail?.trim().toLowerCase();
  if (profile.length === 0 || !report || profile.includes(report)) return undefined;
  // What the warning names: the first few (a profile shows one or two).
  return { profile: profile.slice(0, 3).join(', '), report };
}

/**
 * Why a report may not be this profile's candidate: their email, the invite's custom field id, or a
 * report reached only through a link on the page that nothing on the profile ties to it.
 */
export type IdentityProblem =
  | { readonly kind: 'email'; readonly profile: string; readonly report: string }
  | { readonly kind: 'custom-field'; readonly report: string; readonly expected: readonly string[] }
  | { readonly kind: 'untied'; readonly report: string };

export interface IdentityFacts {
  /** The addresses in the candidate's part of the page (Detection.emails). */
  readonly profileEmails?: readonly string[];
  readonly reportEmail?: string;
  /** Whose report it is as Xobin names them, for the warning when the report has no email. */
  readonly reportName?: string;
  readonly reportCustomFieldId?: string;
  /** The custom field ids this profile's own ids give (the tab's lookups), empty when unknown. */
  readonly expectedCustomFieldIds?: readonly string[];
  /** The report was reached only through a Xobin link on the page, not through the profile's ids. */
  readonly viaPageLink?: boolean;
}

/**
 * A planted report link (a candidate can put one in their profile) names someone else's interview:
 * the badge, the launcher and the panel must not present it as this candidate's. A report is tied to
 * the profile when its email is on the page (the candidate's part of it) or its custom_field_id is one
 * the profile's own ids give. Emails first: a matching email must not be second-guessed by an invite
 * that used the customer's own ids (CAND-2025-003), and a different one is flagged even when the ids
 * agree. A report found through the profile's ids is the candidate's unless one of those disagrees;
 * one reached only through a link needs one of them to agree.
 */
export function identityProblem(facts: IdentityFacts): IdentityProblem | undefined {
  const email = identityMismatch(facts.profileEmails, facts.reportEmail);
  if (email) return { kind: 'email', ...email };
  const reportEmail = facts.reportEmail?.trim().toLowerCase();
  if (reportEmail && normalized(facts.profileEmails).includes(reportEmail)) return undefined;
  const report = facts.reportCustomFieldId?.trim();
  const expected = facts.expectedCustomFieldIds ?? [];
  if (report && expected.some((value) => value.trim().toLowerCase() === report.toLowerCase())) return undefined;
  if (facts.viaPageLink) return { kind: 'untied', report: whose(facts.reportName?.trim(), reportEmail) };
  if (!report || expected.length === 0) return undefined;
  return { kind: 'custom-field', report, expected };
}

/** The custom field ids the page's ids lead to; none for the recruiter's own search. */
export function expectedCustomFieldIds(state: { readonly lookups: readonly { by: string; value: string }[]; readonly manual?: boolean }): string[] {
  return state.manual ? [] : state.lookups.filter((lookup) => lookup.by === 'custom_field_id').map((lookup) => lookup.value);
}

/**
 * The identity problem of the report a tab shows, as the badge, the panel, recent candidates, compare
 * and watched interviews all see it; none once the recruiter confirmed that report for this candidate.
 */
export function tabIdentityProblem(
  state: TabState,
  report: Pick<ReportSummary, 'responseId' | 'email' | 'name' | 'customFieldId'> | undefined = state.result?.kind === 'report'
    ? state.result.summary
    : undefined,
): IdentityProblem | undefined {
  const { result } = state;
  const summary = report;
  if (result?.kind !== 'report' || !summary || state.confirmed === summary.responseId) return undefined;
  return identityProblem({
    profileEmails: state.emails,
    reportEmail: summary.email,
    reportName: summary.name,
    reportCustomFieldId: summary.customFieldId,
    expectedCustomFieldIds: expectedCustomFieldIds(state),
    // Outside the recruiter's own search, a tab looks up response ids only from links on the page.
    viaPageLink: !state.manual && result.lookup.by === 'response_id',
  });
}

/** "Riley Sample (riley@example.com)", or whichever of the two the report has. */
function whose(name: string | undefined, email: string | undefined): string {
  if (name && email && name.toLowerCase() !== email) return `${name} (${email})`;
  return email || name || '?';
}

function normalized(emails: readonly string[] | undefined): string[] {
  return (emails ?? []).map((email) => email.trim().toLowerCase()).filter(Boolean);
}
