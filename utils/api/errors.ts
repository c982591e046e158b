import type { MessageKey } from '../i18n';

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
  | 'no-permission'
  /** Invite: the account has no invites left (403 limit_exceed). */
  | 'invites-exhausted'
  /** Invite or share: the API refused what was sent (validation); `detail` holds its words. */
  | 'rejected';

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

/**
 * Catalogue keys of each error's title, what happened, and the one next step. The words live in
 * public/_locales; the badge tooltip and the panel read the same keys, so they always agree.
 */
export const ERROR_KEYS: Record<ApiErrorKind, readonly [title: MessageKey, message: MessageKey, next: MessageKey]> = {
  'no-key': ['errNoKeyTitle', 'errNoKeyMessage', 'errNoKeyNext'],
  unauthorized: ['errUnauthorizedTitle', 'errUnauthorizedMessage', 'errUnauthorizedNext'],
  'not-found': ['errNotFoundTitle', 'errNotFoundMessage', 'errNotFoundNext'],
  'rate-limited': ['errRateLimitedTitle', 'errRateLimitedMessage', 'errRateLimitedNext'],
  server: ['errServerTitle', 'errServerMessage', 'errServerNext'],
  offline: ['errOfflineTitle', 'errOfflineMessage', 'errOfflineNext'],
  timeout: ['errTimeoutTitle', 'errTimeoutMessage', 'errTimeoutNext'],
  'invalid-response': ['errInvalidTitle', 'errInvalidMessage', 'errInvalidNext'],
  'no-permission': ['errNoPermissionTitle', 'errNoPermissionMessage', 'errNoPermissionNext'],
  'invites-exhausted': ['errInvitesExhaustedTitle', 'errInvitesExhaustedMessage', 'errInvitesExhaustedNext'],
  rejected: ['errRejectedTitle', 'errRejectedMessage', 'errRejectedNext'],
};
