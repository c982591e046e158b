import { emailFrom } from './greenhouse';
import type { AtsAdapter } from './types';

// The job segment is a shortcode (ABC123DEF0) or a number; only the candidate number is an id.
const CANDIDATE_PATH = /^\/backend\/jobs\/\w+\/(?:candidates|browser\/[\w-]+\/candidate)\/(\d+)\/?$/;

export const workable: AtsAdapter = {
  id: 'workable',
  name: 'Workable',
  // Account subdomains also serve legacy careers pages; the recruiter app lives under /backend.
  matches: ['https://*.workable.com/backend*'],
  idLabels: { candidateId: 'Workable candidate' },
  defaultTemplates: ['{candidateId}'],
  detect(url, doc) {
    const match = CANDIDATE_PATH.exec(url.pathname);
    if (!match?.[1]) return null;
    return { ids: [{ key: 'candidateId', value: match[1] }], email: emailFrom(doc) };
  },
};

// Handles:
// https://acme.workable.com/backend/jobs/4087255/candidates/370680602               (API profile_url)
// https://acme.workable.com/backend/jobs/4087255/browser/applied/candidate/370680602 (pipeline, opened)
// Not: /backend/jobs/…/browser/{stage} (pipeline), /backend/jobs/… (job), /backend/settings/…,
// the API's hex candidate id (not in UI URLs)
