import type { AtsAdapter } from './types';

const CANDIDATE_PATH = /^\/candidates\/(\d+)\/?$/;

// Real-world URL shapes it reads, for people (the panel's "Why no report?"); kept out of the adapter so
// the content script and the worker, which never show them, do not carry them.
export const jobadderShapes: readonly string[] = ['app.jobadder.com/candidates/{candidateId}'];

export const jobadder: AtsAdapter = {
  id: 'jobadder',
  name: 'JobAdder',
  matches: ['https://app.jobadder.com/*'],
  idLabels: { candidateId: 'JobAdder candidate' },
  defaultTemplates: ['{candidateId}'],
  detect(url) {
    const match = CANDIDATE_PATH.exec(url.pathname);
    if (!match?.[1]) return null;
    return { ids: [{ key: 'candidateId', value: match[1] }] };
  },
};

// Handles:
// https://app.jobadder.com/candidates/4471201   (the link public API clients build from candidateId)
// Not: /candidates (list), /jobs/{id}, /contacts/{id}, /placements/{id}
