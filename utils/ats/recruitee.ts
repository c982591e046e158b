import type { AtsAdapter } from './types';

// Hash routing: the profile opens over a route as ?candidate={id} inside the hash.
const PROFILE_ROUTE = /^#\/(?:candidates|dashboard\/overview)\/?\?(.+)$/;
const NUMERIC_ID = /^\d+$/;

// Real-world URL shapes it reads, for people (the panel's "Why no report?"); kept out of the adapter so
// the content script and the worker, which never show them, do not carry them.
export const recruiteeShapes: readonly string[] = [
  'app.recruitee.com/#/candidates?candidate={candidateId}',
  'app.recruitee.com/#/dashboard/overview?candidate={candidateId}&company={companyId}',
];

export const recruitee: AtsAdapter = {
  id: 'recruitee',
  name: 'Recruitee',
  matches: ['https://app.recruitee.com/*'],
  idLabels: { candidateId: 'Recruitee candidate' },
  defaultTemplates: ['{candidateId}'],
  detect(url) {
    const query = PROFILE_ROUTE.exec(url.hash)?.[1];
    const id = query && new URLSearchParams(query).get('candidate');
    if (!id || !NUMERIC_ID.test(id)) return null;
    return { ids: [{ key: 'candidateId', value: id }] };
  },
};

// Handles:
// https://app.recruitee.com/#/candidates?candidate=33498831
// https://app.recruitee.com/#/dashboard/overview?candidate=33498831&company=38422
// Not: #/candidates (list), #/dashboard/overview without candidate, #/offers/…/pipeline (also with
// ?candidate=: not seen, so not guessed), #/settings/…
