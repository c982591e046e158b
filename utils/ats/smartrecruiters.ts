import type { AtsAdapter } from './types';

const PERSON_PATH = /^\/app\/people\/(?:candidates\/)?([\da-f]{8}(?:-[\da-f]{4}){3}-[\da-f]{12})(?:\/.*)?$/i;

export const smartrecruiters: AtsAdapter = {
  id: 'smartrecruiters',
  name: 'SmartRecruiters',
  // The same host serves the marketing site; the recruiter app lives under /app.
  matches: ['https://www.smartrecruiters.com/app/*'],
  idLabels: { candidateId: 'SmartRecruiters candidate' },
  defaultTemplates: ['{candidateId}'],
  detect(url) {
    const match = PERSON_PATH.exec(url.pathname);
    if (!match?.[1]) return null;
    return { ids: [{ key: 'candidateId', value: match[1].toLowerCase() }] };
  },
};

// Handles:
// https://www.smartrecruiters.com/app/people/candidates/0e6b06f7-b56c-4507-8da1-9567a7bf6d24   (API ref)
// https://www.smartrecruiters.com/app/people/0e6b06f7-b56c-4507-8da1-9567a7bf6d24/messages    (profile tabs)
// Not: /app/people (list), /app/people/applications/…, /app/jobs/…, smartrecruiters.com without www
