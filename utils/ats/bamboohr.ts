import { candidateEmail } from './profile-email';
import type { AtsAdapter } from './types';

// The contact line under the candidate's name.
const CANDIDATE_HEADER = '.CandidateProfile__contact';

const CANDIDATE_PATH = /^\/hiring\/candidates\/(\d+)\/?$/;

export const bamboohr: AtsAdapter = {
  id: 'bamboohr',
  name: 'BambooHR',
  shapes: [
    '{account}.bamboohr.com/hiring/candidates/{candidateId}?list_type=jobs#…',
  ],
  // Account subdomains also serve public careers pages and the HR records; hiring lives under /hiring.
  matches: ['https://*.bamboohr.com/hiring/*'],
  idLabels: { candidateId: 'BambooHR candidate' },
  defaultTemplates: ['{candidateId}'],
  detect(url, doc) {
    const match = CANDIDATE_PATH.exec(url.pathname);
    if (!match?.[1]) return null;
    return { ids: [{ key: 'candidateId', value: match[1] }], email: candidateEmail(doc, CANDIDATE_HEADER) };
  },
};

// Handles:
// https://acme.bamboohr.com/hiring/candidates/14653?list_type=jobs#ats-comments
// Not: /hiring/candidates?… (list), /hiring/jobs/…, /careers/…, /employees/…
