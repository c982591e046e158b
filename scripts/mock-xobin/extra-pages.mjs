// Pages no shipped adapter reads, e.g. an in-house ATS a recruiter covers with their own rule
// (Settings → Recruiter rules), or a shape a shipped adapter does not know. They live here, not in utils/ats/fixtures/, because
// every fixture there must match a shipped adapter's expectations (utils/ats/adapters.test.ts).

const ACME_PROFILE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Jamie Rulecase · Talent · Acme Hiring</title></head><body>
<header><a href="/talent">Talent</a> <a href="/jobs">Jobs</a></header>
<main class="talent-profile" data-talent-id="77123">
  <h1>Jamie Rulecase</h1>
  <p class="contact"><a href="mailto:jamie.rulecase@example.com">jamie.rulecase@example.com</a></p>
  <p>Integration Engineer · Final stage</p>
</main>
</body></html>`;

const ACME_LIST = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Talent · Acme Hiring</title></head><body>
<main><h1>Talent</h1><ul><li><a href="/talent/77123">Jamie Rulecase</a></li></ul></main>
</body></html>`;

// A second in-house ATS whose URL names no id: a recruiter rule reads it from the page with a CSS
// selector (data-candidate-ref), next to the Acme rule.
const BETA_PROFILE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Robin Selectorcase · Beta People</title></head><body>
<main class="person" data-candidate-ref="B-4410">
  <h1>Robin Selectorcase</h1>
  <p>Data Analyst · Interview</p>
</main>
</body></html>`;

// The same candidate after Acme's redesign: a profile address the Acme rule (/talent/{id}) does not
// read, for "Why no report?" to turn into a second rule (e2e/diagnostics.e2e.ts).
const ACME_V2_PROFILE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Jamie Rulecase · People · Acme Hiring</title></head><body>
<header><a href="/v2/people">People</a></header>
<main class="person-overview">
  <h1>Jamie Rulecase</h1>
  <p>Integration Engineer · Final stage</p>
</main>
</body></html>`;

// A profile address on a shipped host that its adapter does not read (Greenhouse reads /people/{id},
// not /people/{id}/profile): "Why no report?" turns it into the recruiter's own rule for that host.
const GREENHOUSE_PROFILE_TAB = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Sam Placeholder - Profile - Greenhouse</title></head><body>
<main><h1>Sam Placeholder</h1><p>Profile</p></main>
</body></html>`;

/** `host + pathname` -> HTML. */
export const EXTRA_PAGES = new Map([
  ['ats.acme-hiring.example/talent/77123', ACME_PROFILE],
  ['ats.acme-hiring.example/talent', ACME_LIST],
  ['ats.acme-hiring.example/v2/people/77123/overview', ACME_V2_PROFILE],
  ['app.greenhouse.io/people/4012345004/profile', GREENHOUSE_PROFILE_TAB],
  ['people.beta-ats.example/person', BETA_PROFILE],
]);

export function extraPage(url) {
  return EXTRA_PAGES.get(`${url.host}${url.pathname.replace(/\/$/, '')}`);
}

/**
 * A long Greenhouse candidate list for the list-chip tests and the benchmark:
 * `https://app.greenhouse.io/people?__rows=150&__from=0`. Row i links to person 7100000000+from+i,
 * application 7200000000+from+i; each row is 48 px tall, so a 800 px window shows the first dozen or so.
 * No report has these ids (the API answers 404): they count requests, not scores.
 */
export function longList(url) {
  if (url.host !== 'app.greenhouse.io' || url.pathname !== '/people') return undefined;
  const rows = Number(url.searchParams.get('__rows'));
  if (!Number.isInteger(rows) || rows < 1 || rows > 2000) return undefined;
  const from = Math.max(0, Number(url.searchParams.get('__from')) || 0);
  const body = Array.from({ length: rows }, (_, i) => {
    const n = from + i;
    return `<tr style="height:48px"><td><a href="/people/${7100000000 + n}?application_id=${7200000000 + n}">Long List ${n}</a></td><td>Applied</td><td><a href="/plans/4000123002">Job</a></td></tr>`;
  }).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Candidates - Greenhouse</title></head><body>
<main><h1>All Candidates</h1><table class="people" style="border-collapse:collapse">
${body}
</table></main></body></html>`;
}
