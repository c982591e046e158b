import type { AtsAdapter } from './types';

const CANDIDATE_PATH = /^\/candidates\/(\d+)\/?$/;

export const manatal: AtsAdapter = {
  id: 'manatal',
  name: 'Manatal',
  shapes: [
    'app.manatal.com/candidates/{candidateId}',
    'app.manatal.com/candidates/{candidateId}?tab={tab}',
  ],
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
