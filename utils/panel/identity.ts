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
