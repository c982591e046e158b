import type { AtsAdapter } from './types';

// The job id only says where the profile was opened from; it names no candidate, so it is not an id.
const CANDIDATE_PATH = /^\/app\/v2\/job\/\d+\/candidate\/(\d+)(?:\/[a-z-]+)?\/?$/;

// Real-world URL shapes it reads, for people (the panel's "Why no report?"); kept out of the adapter so
// the content script and the worker, which never show them, do not carry them.
export const jazzhrShapes: readonly string[] = [
  'app.jazz.co/app/v2/job/{jobId}/candidate/{candidateId}/profile',
  'app.jazz.co/app/v2/job/{jobId}/candidate/{candidateId}',
];

export const jazzhr: AtsAdapter = {
  id: 'jazzhr',
  name: 'JazzHR',
  matches: ['https://app.jazz.co/*'],
  idLabels: { candidateId: 'JazzHR candidate' },
  defaultTemplates: ['{candidateId}'],
  detect(url) {
    const match = CANDIDATE_PATH.exec(url.pathname);
    if (!match?.[1]) return null;
    return { ids: [{ key: 'candidateId', value: match[1] }] };
  },
};

// Handles:
// https://app.jazz.co/app/v2/job/6681273/candidate/240182807/profile
// https://app.jazz.co/app/v2/job/6681273/candidate/240182807   (and other profile tabs)
// Not: /app/v2/job/…/candidate?workflowStep=1 (list), /app/v2/job/create, /app/v2/login?redirect=…
