import type { AtsAdapter } from './types';

const CANDIDATE_PATH = /^\/hiring\/candidates\/(\d+)\/?$/;

// Real-world URL shapes it reads, for people (the panel's "Why no report?"); kept out of the adapter so
// the content script and the worker, which never show them, do not carry them.
export const bamboohrShapes: readonly string[] = ['{account}.bamboohr.com/hiring/candidates/{candidateId}?list_type=jobs#…'];

export const bamboohr: AtsAdapter = {
  id: 'bamboohr',
  name: 'BambooHR',
  // Account subdomains also serve public careers pages and the HR records; hiring lives under /hiring.
  matches: ['https://*.bamboohr.com/hiring/*'],
  idLabels: { candidateId: 'BambooHR candidate' },
  defaultTemplates: ['{candidateId}'],
  detect(url) {
    const match = CANDIDATE_PATH.exec(url.pathname);
    if (!match?.[1]) return null;
    return { ids: [{ key: 'candidateId', value: match[1] }] };
  },
};

// Handles:
// https://acme.bamboohr.com/hiring/candidates/14653?list_type=jobs#ats-comments
// Not: /hiring/candidates?… (list), /hiring/jobs/…, /careers/…, /employees/…
