import type { AtsAdapter } from './types';

// The job segment is a shortcode (379AA16E8F) or a number; only the candidate segment is an id. Candidate
// ids in UI URLs are usually numbers, but public examples also show hex ids (`8f2c…`, the API's `ce4da98`
// shape): a number, or 6+ hex digits so that words like `new` or `abc` never pass as an id.
const CANDIDATE_PATH = /^\/backend\/jobs\/\w+\/(?:candidates|browser\/[\w-]+\/candidate)\/(\d+|[\da-f]{6,40})\/?$/i;
// The pipeline's card for this very candidate: `[data-ui="candidate-card"]` holding
// `a[href="/backend/jobs/{job}/browser/applied/candidate/{id}"]` around `[data-ui="candidate-name"]`
// (seen, shagabutdinov/hiring-experiments llm-resumes-parse/README.md, console scripts on the real
// pipeline). Anchored on the URL's id: every other card is another candidate.
const NAME = '[data-ui="candidate-card"] a[href$="/candidate/{candidateId}" i] [data-ui="candidate-name"]';

// Real-world URL shapes it reads, for people (the panel's "Why no report?"); kept out of the adapter so
// the content script and the worker, which never show them, do not carry them.
export const workableShapes: readonly string[] = [
  '{account}.workable.com/backend/jobs/{job}/candidates/{candidateId}',
  '{account}.workable.com/backend/jobs/{job}/browser/{stage}/candidate/{candidateId}',
];

export const workable: AtsAdapter = {
  id: 'workable',
  name: 'Workable',
  // Account subdomains also serve legacy careers pages; the recruiter app lives under /backend.
  matches: ['https://*.workable.com/backend*'],
  idLabels: { candidateId: 'Workable candidate' },
  defaultTemplates: ['{candidateId}'],
  nameAt: NAME,
  detect(url) {
    const match = CANDIDATE_PATH.exec(url.pathname);
    if (!match?.[1]) return null;
    return { ids: [{ key: 'candidateId', value: match[1].toLowerCase() }] };
  },
};

// Handles:
// https://acme.workable.com/backend/jobs/4087255/candidates/370680602               (API profile_url)
// https://acme.workable.com/backend/jobs/4087255/browser/applied/candidate/370680602 (pipeline, opened)
// https://acme.workable.com/backend/jobs/379AA16E8F/candidates/8f2c1e9a7b              (hex id, shortcode job)
// Not: /backend/jobs/…/browser/{stage} (pipeline), /backend/jobs/… (job), /backend/settings/…,
// /candidates/new, short words (abc)
