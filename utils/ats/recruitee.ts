import type { AtsAdapter } from './types';

// Hash routing: the profile opens over a route as ?candidate={id} inside the hash.
const PROFILE_ROUTE = /^#\/(?:candidates|dashboard\/overview)\/?\?(.+)$/;
const NUMERIC_ID = /^\d+$/;

export const recruitee: AtsAdapter = {
  id: 'recruitee',
  name: 'Recruitee',
  shapes: [
    'app.recruitee.com/#/candidates?candidate={candidateId}',
    'app.recruitee.com/#/dashboard/overview?candidate={candidateId}&company={companyId}',
  ],
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
