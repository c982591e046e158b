import type { AtsAdapter } from './types';

// Hash routing: #/hire/candidate/job/{jobId}/{candidateId}/{tab}. The job id only says where the
// profile was opened from.
const CANDIDATE_ROUTE = /^#\/hire\/candidate\/job\/[\w-]+\/([\w-]+)(?:\/[a-z-]+)?\/?$/i;

// Real-world URL shapes it reads, for people (the panel's "Why no report?"); kept out of the adapter so
// the content script and the worker, which never show them, do not carry them.
export const kekaShapes: readonly string[] = ['{account}.keka.com/#/hire/candidate/job/{jobId}/{candidateId}/summary'];

export const keka: AtsAdapter = {
  id: 'keka',
  name: 'Keka',
  // The app is one page at `/` with hash routes; other paths on account subdomains are the public
  // careers site, and www is the marketing site.
  matches: ['https://*.keka.com/'],
  idLabels: { candidateId: 'Keka candidate' },
  defaultTemplates: ['{candidateId}'],
  excludeMatches: ['https://keka.com/*', 'https://www.keka.com/*'],
  detect(url) {
    const match = CANDIDATE_ROUTE.exec(url.hash);
    if (!match?.[1]) return null;
    return { ids: [{ key: 'candidateId', value: match[1] }] };
  },
};

// Handles:
// https://acme.keka.com/#/hire/candidate/job/51201/880301/summary   (and other profile tabs)
// Not: #/hire/jobs (list), #/hire/candidate/job/{jobId} (the job's candidates), /careers/…
