import type { AtsAdapter } from './types';

// Oracle's documented action URLs ("deep links") into Taleo Enterprise; the interactive UI differs and
// is not read. The application number is the more specific id.
const PROFILE_PATH = '/enterprise/publicurl/viewProfile';
const APPLICATION_PATH = '/enterprise/publicurl/viewApplication';
const NUMERIC_ID = /^\d+$/;

// Real-world URL shapes it reads, for people (the panel's "Why no report?"); kept out of the adapter so
// the content script and the worker, which never show them, do not carry them.
export const taleoShapes: readonly string[] = [
  '{zone}.taleo.net/enterprise/publicurl/viewProfile?candidateNumber={candidateNumber}',
  '{zone}.taleo.net/enterprise/publicurl/viewApplication?applicationNumber={applicationNumber}',
];

export const taleo: AtsAdapter = {
  id: 'taleo',
  name: 'Oracle Taleo',
  // Zone subdomains also serve the public career sections (/careersection/…).
  matches: ['https://*.taleo.net/enterprise/publicurl/*'],
  idLabels: { applicationNumber: 'Taleo application number', candidateNumber: 'Taleo candidate number' },
  defaultTemplates: ['{applicationNumber}', '{candidateNumber}'],
  detect(url) {
    const [key, param] =
      url.pathname === APPLICATION_PATH
        ? ['applicationNumber', 'applicationNumber']
        : url.pathname === PROFILE_PATH
          ? ['candidateNumber', 'candidateNumber']
          : [];
    const id = param ? url.searchParams.get(param)?.trim() : undefined;
    if (!key || !id || !NUMERIC_ID.test(id)) return null;
    return { ids: [{ key, value: id }] };
  },
};

// Handles:
// https://acme.taleo.net/enterprise/publicurl/viewProfile?candidateNumber=100234
// https://acme.taleo.net/enterprise/publicurl/viewApplication?applicationNumber=200345
// Not: /careersection/… (public job ads), /enterprise/publicurl/viewRequisition?…, non-numeric numbers
