import type { AtsAdapter } from './types';

// A profile opens on its own page or in the "right-side" panel over a list, search or pipeline; the
// panel's URL carries the application too.
const CANDIDATE_PATH =
  /^(?:\/[\w/-]+\/right-side)?\/candidates\/([\da-f]{8}(?:-[\da-f]{4}){3}-[\da-f]{12})(?:\/applications\/([\da-f]{8}(?:-[\da-f]{4}){3}-[\da-f]{12}))?(?:\/[a-z-]+)?\/?$/i;

// The right-side panel sits beside the list, search or pipeline it opened from, whose rows are other
// candidates. Class names are generated per build (`_rightSidePanel_m4d2e`): a hint after data-* and
// the dialog role.
const RIGHT_SIDE = /\/right-side\//;
const PANEL = [
  '[data-testid*="right-side" i]',
  '[data-testid*="side-panel" i]',
  '[data-test*="side-panel" i]',
  '[role="dialog"]',
  '[class*="rightside" i]',
  '[class*="right-side" i]',
];

// Real-world URL shapes it reads, for people (the panel's "Why no report?"); kept out of the adapter so
// the content script and the worker, which never show them, do not carry them.
export const ashbyShapes: readonly string[] = [
  'app.ashbyhq.com/candidate-searches/new/right-side/candidates/{candidateId}',
  'app.ashbyhq.com/candidate-searches/new/right-side/candidates/{candidateId}/applications/{applicationId}/feed',
  'app.ashbyhq.com/candidates/pipeline/{view}/right-side/candidates/{candidateId}/applications/{applicationId}/feed',
  'app.ashbyhq.com/candidates/{candidateId}',
  'app.ashbyhq.com/candidates/{candidateId}/{tab}',
];

export const ashby: AtsAdapter = {
  id: 'ashby',
  name: 'Ashby',
  matches: ['https://app.ashbyhq.com/*'],
  idLabels: { applicationId: 'Ashby application', candidateId: 'Ashby candidate' },
  defaultTemplates: ['{applicationId}', '{candidateId}'],
  overList: { path: RIGHT_SIDE, regions: PANEL },
  detect(url) {
    const match = CANDIDATE_PATH.exec(url.pathname);
    if (!match?.[1]) return null;
    const ids = [...(match[2] ? [{ key: 'applicationId', value: match[2].toLowerCase() }] : []), { key: 'candidateId', value: match[1].toLowerCase() }];
    return { ids };
  },
};

// Handles:
// https://app.ashbyhq.com/candidates/3f2b1c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d          (404s for some seats)
// https://app.ashbyhq.com/candidates/3f2b1c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d/feed
// https://app.ashbyhq.com/candidate-searches/new/right-side/candidates/{uuid}                 (API profileUrl)
// https://app.ashbyhq.com/candidate-searches/new/right-side/candidates/{uuid}/applications/{uuid}/feed
// https://app.ashbyhq.com/candidates/pipeline/active/right-side/candidates/{uuid}/applications/{uuid}/feed
// https://app.ashbyhq.com/candidates/pipeline/application-review/right-side/candidates/{uuid}/applications/{uuid}/feed
// Not: /candidate-searches/… and /candidates/pipeline/{view} without a panel, /jobs/…, /admin/…, non-uuid ids
