import type { AtsAdapter } from './types';

// Beyond notes and activity (profile-email.ts): scorecards and interview plans name colleagues. By the
// data-* attributes long-lived Greenhouse userscripts hook; class names are generated per deploy.
const NOT_CANDIDATE = '[data-provides*="scorecard" i], [data-test*="scorecard" i], [data-test*="interviewer" i]';

// /people/{pid}, /people/{pid}/applications/{aid}, …/applications/{aid}/redesign (the redesigned
// profile, which moved the application from ?application_id= into the path), and interview kits
// /guides/{guideId}/people/{pid}. The guide id names a scorecard template, not a candidate.
const PERSON_PATH = /^(?:\/guides\/\d+)?\/people\/(\d+)(?:\/applications\/(\d+)(?:\/redesign)?)?\/?$/;
const NUMERIC_ID = /^\d+$/;
// The candidate's name on the legacy profile and on the redesign (seen). Not the redesign's bare h1:
// an interview kit's h1 is the kit's title ("Interview Kit: Phone Screen").
const NAME = '[data-test="candidate-name"], .person-name';

// `*.greenhouse.io` because customers sign in on their own subdomain (canonical.greenhouse.io, SSO);
// these subdomains are the public job boards, candidates' MyGreenhouse, the API and the marketing site.
const NOT_RECRUITER_HOSTS = ['boards', 'boards.eu', 'job-boards', 'job-boards.eu', 'my', 'api', 'harvest', 'www'];

// Real-world URL shapes it reads, for people (the panel's "Why no report?"); kept out of the adapter so
// the content script and the worker, which never show them, do not carry them.
export const greenhouseShapes: readonly string[] = [
  'app.greenhouse.io/people/{personId}?application_id={applicationId}',
  'app.greenhouse.io/people/{personId}',
  'app.greenhouse.io/people/{personId}/applications/{applicationId}',
  'app.greenhouse.io/guides/{guideId}/people/{personId}?application_id={applicationId}',
  'app.eu.greenhouse.io/people/{personId}/applications/{applicationId}',
  '{company}.greenhouse.io/people/{personId}?application_id={applicationId}',
  '{company}.greenhouse.io/people/{personId}/applications/{applicationId}/redesign?src=search',
];

export const greenhouse: AtsAdapter = {
  id: 'greenhouse',
  name: 'Greenhouse',
  matches: ['https://*.greenhouse.io/*'],
  idLabels: { applicationId: 'Greenhouse application', personId: 'Greenhouse candidate' },
  defaultTemplates: ['{applicationId}', '{personId}'],
  excludeMatches: ['https://greenhouse.io/*', ...NOT_RECRUITER_HOSTS.map((sub) => `https://${sub}.greenhouse.io/*`)],
  notCandidate: NOT_CANDIDATE,
  nameAt: NAME,
  detect(url) {
    const match = PERSON_PATH.exec(url.pathname);
    if (!match?.[1]) return null;
    // The API docs show `?application_id= 265277` (a stray space); the id is still the digits.
    const query = url.searchParams.get('application_id')?.trim();
    const applicationId = match[2] ?? (query && NUMERIC_ID.test(query) ? query : undefined);
    const ids = [...(applicationId ? [{ key: 'applicationId', value: applicationId }] : []), { key: 'personId', value: match[1] }];
    return { ids };
  },
};

// Handles (on app.greenhouse.io, app.eu.greenhouse.io and company subdomains such as acme.greenhouse.io):
// https://app.greenhouse.io/people/4012345002?application_id=5123456002
// https://app.greenhouse.io/people/4012345002/applications/5123456002
// https://acme.greenhouse.io/people/4012345002/applications/5123456002/redesign?src=search
// https://app.greenhouse.io/guides/7012345001/people/4012345002?application_id=5123456002  (interview kit)
// https://app.greenhouse.io/people/4012345002?application_id= 265277   (API docs' stray space)
// https://app.greenhouse.io/people/4012345002            (no application: person id only)
// Not: /people (list), /plans/{job}/candidates (list), /interviews, /people/new,
// boards., job-boards., my., api., harvest. greenhouse.io (not the recruiter app)
