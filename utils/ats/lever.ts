import type { AtsAdapter } from './types';

// The profile is a flyover over the candidate list (`.flyover` is the class seen on the real page, a
// hint only: classes change with a redesign; data-* and the dialog role are what survive one).
const FLYOVER = [
  '[data-qa*="flyover" i]',
  '[data-testid*="flyover" i]',
  '[data-test*="flyover" i]',
  '.flyover',
  '[role="dialog"][aria-modal="true"]',
  '[role="dialog"]',
];

// The page title is "Full Name – Lever Hire" (seen): the flyover's heading is the name only when the
// title says the same, so a title or heading left from the last candidate names nobody.
const NAME = 'h1';
const NAME_TITLE = /^(.+) – Lever/;

const OPPORTUNITY_PATH = /^\/candidates\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:\/.*)?$/i;

// Real-world URL shapes it reads, for people (the panel's "Why no report?"); kept out of the adapter so
// the content script and the worker, which never show them, do not carry them.
export const leverShapes: readonly string[] = [
  'hire.lever.co/candidates/{opportunityId}',
  'hire.lever.co/candidates/{opportunityId}/{tab}',
  'hire.eu.lever.co/candidates/{opportunityId}',
  'hire.sandbox.lever.co/candidates/{opportunityId}',
];

export const lever: AtsAdapter = {
  id: 'lever',
  name: 'Lever',
  // hire.eu is the EU data centre, hire.sandbox the test environment (both in Lever's own extension).
  matches: ['https://hire.lever.co/*', 'https://hire.eu.lever.co/*', 'https://hire.sandbox.lever.co/*'],
  idLabels: { opportunityId: 'Lever opportunity' },
  defaultTemplates: ['{opportunityId}'],
  overList: { regions: FLYOVER },
  nameAt: NAME,
  nameTitle: NAME_TITLE,
  detect(url) {
    const match = OPPORTUNITY_PATH.exec(url.pathname);
    if (!match?.[1]) return null;
    return { ids: [{ key: 'opportunityId', value: match[1].toLowerCase() }] };
  },
};

// Handles:
// https://hire.lever.co/candidates/8f1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b
// https://hire.lever.co/candidates/8f1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b/feedback   (profile tabs)
// https://hire.eu.lever.co/candidates/8f1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b   (EU data centre)
// https://hire.sandbox.lever.co/candidates/8f1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b
// The profile is a flyover over the /candidates list; its URL is the profile's, and only the flyover
// is the candidate's part of the page.
// Not: /candidates (pipeline), /interviews/{uuid} (feedback form), /jobs/…, /settings/…
