import type { AtsAdapter } from './types';

const CANDIDATE_PATH = /^\/candidates\/(\d+)\/?$/;

// Real-world URL shapes it reads, for people (the panel's "Why no report?"); kept out of the adapter so
// the content script and the worker, which never show them, do not carry them.
export const manatalShapes: readonly string[] = ['app.manatal.com/candidates/{candidateId}', 'app.manatal.com/candidates/{candidateId}?tab={tab}'];

export const manatal: AtsAdapter = {
  id: 'manatal',
  name: 'Manatal',
  matches: ['https://app.manatal.com/*'],
  idLabels: { candidateId: 'Manatal candidate' },
  defaultTemplates: ['{candidateId}'],
  detect(url) {
    const match = CANDIDATE_PATH.exec(url.pathname);
    if (!match?.[1]) return null;
    return { ids: [{ key: 'candidateId', value: match[1] }] };
  },
};

// Handles:
// https://app.manatal.com/candidates/5060482
// https://app.manatal.com/candidates/5060482?tab=more
// Not: /candidates (list), /jobs/…, /settings/…
