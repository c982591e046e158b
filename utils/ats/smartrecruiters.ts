import type { AtsAdapter } from './types';

const UUID = '([\\da-f]{8}(?:-[\\da-f]{4}){3}-[\\da-f]{12})';
// /app/people/{id}/…, /app/people/candidates/{id} (API-built links) and /app/people/profile/{id} name the
// person; /app/people/applications/{id} names one application, the more specific id.
const PERSON_PATH = new RegExp(`^/app/people/(?:candidates/|profile/)?${UUID}(?:/.*)?$`, 'i');
const APPLICATION_PATH = new RegExp(`^/app/people/applications/${UUID}(?:/.*)?$`, 'i');
// The profile's name (its text in a <spl-truncate> child), seen in public code on the real page.
const NAME = '#st-applicantName';

// Real-world URL shapes it reads, for people (the panel's "Why no report?"); kept out of the adapter so
// the content script and the worker, which never show them, do not carry them.
export const smartrecruitersShapes: readonly string[] = [
  'www.smartrecruiters.com/app/people/applications/{applicationId}',
  'www.smartrecruiters.com/app/people/profile/{candidateId}',
  'www.smartrecruiters.com/app/people/candidates/{candidateId}',
  'www.smartrecruiters.com/app/people/{candidateId}/messages',
];

export const smartrecruiters: AtsAdapter = {
  id: 'smartrecruiters',
  name: 'SmartRecruiters',
  // The same host serves the marketing site; the recruiter app lives under /app.
  matches: ['https://www.smartrecruiters.com/app/*'],
  idLabels: { applicationId: 'SmartRecruiters application', candidateId: 'SmartRecruiters candidate' },
  defaultTemplates: ['{applicationId}', '{candidateId}'],
  nameAt: NAME,
  detect(url) {
    const application = APPLICATION_PATH.exec(url.pathname)?.[1];
    const candidate = application ? undefined : PERSON_PATH.exec(url.pathname)?.[1];
    const ids = application
      ? [{ key: 'applicationId', value: application.toLowerCase() }]
      : candidate
        ? [{ key: 'candidateId', value: candidate.toLowerCase() }]
        : null;
    return ids && { ids };
  },
};

// Handles:
// https://www.smartrecruiters.com/app/people/applications/7c9e6679-7425-40de-944b-e07fc1f90ae7  (isProfilePage of a recruiter extension)
// https://www.smartrecruiters.com/app/people/profile/0e6b06f7-b56c-4507-8da1-9567a7bf6d24
// https://www.smartrecruiters.com/app/people/candidates/0e6b06f7-b56c-4507-8da1-9567a7bf6d24   (API-built links)
// https://www.smartrecruiters.com/app/people/0e6b06f7-b56c-4507-8da1-9567a7bf6d24/messages    (profile tabs)
// Not: /app/people (list), /app/jobs/…, smartrecruiters.com without www, non-uuid ids
