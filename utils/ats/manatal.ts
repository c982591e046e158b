import { candidateEmail } from './profile-email';
import type { AtsAdapter } from './types';

// The contact line under the candidate's name.
const CANDIDATE_HEADER = '.candidate-detail__contact';

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
  detect(url, doc) {
    const match = CANDIDATE_PATH.exec(url.pathname);
    if (!match?.[1]) return null;
    return { ids: [{ key: 'candidateId', value: match[1] }], email: candidateEmail(doc, CANDIDATE_HEADER) };
  },
};

// Handles:
// https://app.manatal.com/candidates/5060482
// https://app.manatal.com/candidates/5060482?tab=more
// Not: /candidates (list), /jobs/…, /settings/…
