/** The closed set of things that can go wrong between the panel and the report. */
export type ApiErrorKind =
  | 'no-key'
  | 'unauthorized'
  | 'not-found'
  | 'rate-limited'
  | 'server'
  | 'offline'
  | 'timeout'
  | 'invalid-response'
  /** The API origin (an organisation's policy address) was never granted to the extension. */
  | 'no-permission';

export interface ApiError {
  readonly kind: ApiErrorKind;
  /** HTTP status, when there was a response. */
  readonly status?: number;
  /** The API's own words from an error body, when it sent some. Never contains the key. */
  readonly detail?: string;
  /** Seconds the API asked us to wait (429). */
  readonly retryAfter?: number;
  /** no-permission: the origin to ask access for. */
  readonly origin?: string;
}

interface ErrorCopy {
  readonly title: string;
  readonly message: string;
  readonly next: string;
}

export const ERROR_COPY: Record<ApiErrorKind, ErrorCopy> = {
  'no-key': {
    title: 'Connect to Xobin',
    message: 'Add the API key Xobin support gave you, and this candidate’s AI Interview report appears here.',
    next: 'Open settings, paste the key, press “Test connection”, then “Save”.',
  },
  unauthorized: {
    title: 'Xobin did not accept the API key',
    message: 'The saved API key was refused (it may have been revoked, mistyped, or belong to another account).',
    next: 'Open settings, check the key and the API base URL, and use "Test connection".',
  },
  'not-found': {
    title: 'No AI Interview report yet',
    message: 'Xobin has no AI Interview for this candidate under the ids we found.',
    next: 'Check that the interview invite used this candidate’s id as its custom field id.',
  },
  'rate-limited': {
    title: 'Xobin asked us to slow down',
    message: 'Too many requests were made in a short time.',
    next: 'Wait a moment, then press "Try again".',
  },
  server: {
    title: 'Xobin had a problem',
    message: 'The Xobin API answered with a server error.',
    next: 'Try again in a minute. If it keeps happening, check Xobin’s status or contact Xobin support.',
  },
  offline: {
    title: 'Can’t reach Xobin',
    message: 'The request did not reach the Xobin API (no network, a proxy, or a wrong API base URL).',
    next: 'Check your connection and the API base URL in settings, then try again.',
  },
  timeout: {
    title: 'Xobin took too long to answer',
    message: 'The Xobin API did not answer in time.',
    next: 'Try again in a moment.',
  },
  'invalid-response': {
    title: 'The report could not be read',
    message: 'Xobin sent a report in a shape this extension does not understand, so nothing was shown rather than something wrong.',
    next: 'Try again later, or open the report on Xobin. Updating the extension may help.',
  },
  'no-permission': {
    title: 'Allow access to your Xobin API',
    message: 'Your organisation set an API address this extension may not reach yet: the browser needs your permission once.',
    next: 'Press "Allow access" and choose "Allow". Nothing else needs to change.',
  },
};
