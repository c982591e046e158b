import { candidateEmail } from './profile-email';
import type { AtsAdapter } from './types';

// The person header (classic profile) or the contact list next to the name (redesigned profile).
const CANDIDATE_HEADER = '.person-header .contact, .candidate-profile .contact-details';

const PERSON_PATH = /^\/people\/(\d+)(?:\/applications\/(\d+))?\/?$/;
const NUMERIC_ID = /^\d+$/;

export const greenhouse: AtsAdapter = {
  id: 'greenhouse',
  name: 'Greenhouse',
  shapes: [
    'https://app.greenhouse.io/people/{personId}?application_id={applicationId}',
    'https://app.greenhouse.io/people/{personId}/applications/{applicationId}',
    'https://app.greenhouse.io/people/{personId}',
  ],
  // The recruiter app only: `*.greenhouse.io` would also cover the public job boards
  // (boards.greenhouse.io, job-boards.greenhouse.io) and candidates' MyGreenhouse. app.eu is the EU
  // data centre (likely).
  matches: ['https://app.greenhouse.io/*', 'https://app.eu.greenhouse.io/*'],
  idLabels: { applicationId: 'Greenhouse application', personId: 'Greenhouse candidate' },
  defaultTemplates: ['{applicationId}', '{personId}'],
  detect(url, doc) {
    const match = PERSON_PATH.exec(url.pathname);
    if (!match?.[1]) return null;
    const query = url.searchParams.get('application_id');
    const applicationId = match[2] ?? (query && NUMERIC_ID.test(query) ? query : undefined);
    const ids = [
      ...(applicationId ? [{ key: 'applicationId', value: applicationId }] : []),
      { key: 'personId', value: match[1] },
    ];
    return { ids, email: candidateEmail(doc, CANDIDATE_HEADER) };
  },
};

// Handles:
// https://app.greenhouse.io/people/4012345002?application_id=5123456002
// https://app.greenhouse.io/people/4012345002/applications/5123456002
// https://app.greenhouse.io/people/4012345002            (no application: person id only)
// https://app.eu.greenhouse.io/people/…                   (EU data centre, same shapes)
// Not: /people (list), /plans/…, /interviews, /people/new, boards.greenhouse.io (public job boards)
