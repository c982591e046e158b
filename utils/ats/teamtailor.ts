import type { AtsAdapter } from './types';

// Company ids are short tokens, sometimes with a region suffix (`X@eu`, `%40` when encoded).
const CANDIDATE_PATH = /^\/companies\/[\w-]+(?:(?:@|%40)\w+)?\/candidates\/(?:segment\/[\w-]+\/candidate\/)?(\d+)\/?$/;

// Real-world URL shapes it reads, for people (the panel's "Why no report?"); kept out of the adapter so
// the content script and the worker, which never show them, do not carry them.
export const teamtailorShapes: readonly string[] = [
  'app.teamtailor.com/companies/{companyId}/candidates/{candidateId}',
  'app.teamtailor.com/companies/{companyId}/candidates/segment/all/candidate/{candidateId}',
  'app.teamtailor.com/companies/{companyId}@eu/candidates/{candidateId}',
];

export const teamtailor: AtsAdapter = {
  id: 'teamtailor',
  name: 'Teamtailor',
  matches: ['https://app.teamtailor.com/*'],
  idLabels: { candidateId: 'Teamtailor candidate' },
  defaultTemplates: ['{candidateId}'],
  detect(url) {
    const match = CANDIDATE_PATH.exec(url.pathname);
    if (!match?.[1]) return null;
    return { ids: [{ key: 'candidateId', value: match[1] }] };
  },
};

// Handles:
// https://app.teamtailor.com/companies/4iW4IlfJytM/candidates/1234567
// https://app.teamtailor.com/companies/X@eu/candidates/segment/all/candidate/1234567
// Not: /companies/…/candidates/segment/all (list), /companies/…/jobs/…, /companies/…/dashboard
