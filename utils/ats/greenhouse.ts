import type { AtsAdapter } from './types';

// Beyond notes and activity (profile-email.ts): scorecards and interview plans name colleagues. By the
// data-* attributes long-lived Greenhouse userscripts hook; class names are generated per deploy.
const NOT_CANDIDATE = '[data-provides*="scorecard" i], [data-test*="scorecard" i], [data-test*="interviewer" i]';

const PERSON_PATH = /^\/people\/(\d+)(?:\/applications\/(\d+))?\/?$/;
const NUMERIC_ID = /^\d+$/;

export const greenhouse: AtsAdapter = {
  id: 'greenhouse',
  name: 'Greenhouse',
  // The recruiter app only: `*.greenhouse.io` would also cover the public job boards
  // (boards.greenhouse.io, job-boards.greenhouse.io) and candidates' MyGreenhouse. app.eu is the EU
  // data centre (likely).
  matches: ['https://app.greenhouse.io/*', 'https://app.eu.greenhouse.io/*'],
  idLabels: { applicationId: 'Greenhouse application', personId: 'Greenhouse candidate' },
  defaultTemplates: ['{applicationId}', '{personId}'],
  notCandidate: NOT_CANDIDATE,
  detect(url) {
    const match = PERSON_PATH.exec(url.pathname);
    if (!match?.[1]) return null;
    const query = url.searchParams.get('application_id');
    const applicationId = match[2] ?? (query && NUMERIC_ID.test(query) ? query : undefined);
    const ids = [
      ...(applicationId ? [{ key: 'applicationId', value: applicationId }] : []),
      { key: 'personId', value: match[1] },
    ];
    return { ids };
  },
};

// Handles:
// https://app.greenhouse.io/people/4012345002?application_id=5123456002
// https://app.greenhouse.io/people/4012345002/applications/5123456002
// https://app.greenhouse.io/people/4012345002            (no application: person id only)
// https://app.eu.greenhouse.io/people/…                   (EU data centre, same shapes)
// Not: /people (list), /plans/…, /interviews, /people/new, boards.greenhouse.io (public job boards)
