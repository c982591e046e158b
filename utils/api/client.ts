import { keyMayGoTo } from '../background/key-gate';
import { t } from '../i18n';
import type { LookupBy } from './constants';
import type { ApiError, ApiErrorKind } from './errors';
import { errorBodySchema, parseReport, type Report } from './schemas';

export type { LookupBy };

export interface LookupKey {
  readonly by: LookupBy;
  readonly value: string;
}

export interface ClientConfig {
  /** Normalised, without a trailing slash, e.g. https://app.xobin.com/api/v2 */
  readonly baseUrl: string;
  readonly apiKey: string;
}

export type FetchResult = { ok: true; report: Report } | { ok: false; error: ApiError };

export interface ClientOptions {
  readonly fetch?: typeof fetch;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly random?: () => number;
  readonly now?: () => number;
  /** Per attempt; the MV3 worker must never wait on one request for 30 s. */
  readonly attemptTimeoutMs?: number;
  readonly maxAttempts?: number;
  /** Longest Retry-After we sit out; anything longer is handed to the recruiter as "try in N s". */
  readonly maxRetryAfterMs?: number;
  readonly downloadableRecordings?: boolean;
}

/** One attempt's limit: well under the worker's 30 s idle stop, with room for a second attempt. */
export const ATTEMPT_TIMEOUT_MS = 15_000;
export const MAX_ATTEMPTS = 3;
/** First wait before a retry (doubled each time): long enough for a brief server hiccup to pass. */
const BACKOFF_BASE_MS = 600;
/** The longest Retry-After worth waiting for silently; longer ones are told to the recruiter. */
const MAX_RETRY_AFTER_MS = 10_000;
const MAX_DETAIL_LENGTH = 300;

export function reportUrl(baseUrl: string, lookup: LookupKey, downloadable = false): string {
  const url =
    lookup.by === 'response_id' ? new URL(`${baseUrl}/ai-interviews/report/${encodeURIComponent(lookup.value)}`) : new URL(`${baseUrl}/ai-interviews/report`);
  if (lookup.by === 'custom_field_id') url.searchParams.set('custom_field_id', lookup.value);
  if (downloadable) url.searchParams.set('is_downloadable', 'true');
  return url.href;
}

/** Thrown by sendKey when the key may not go to that address (background/key-gate.ts). */
export class KeyRefused extends Error {
  constructor(readonly origin: string) {
    super(`The API key is not sent to ${origin}`);
  }
}

/**
 * The only code that puts the API key on the wire. It asks key-gate first, on every attempt, so no
 * caller can send the key anywhere the gate refuses. No cookies, no cache, and no redirect that could
 * carry the apiKey header to another address. `trying`: the base URL the recruiter is testing.
 */
export async function sendKey(
  url: string,
  apiKey: string,
  signal: AbortSignal,
  options: { fetch?: typeof fetch; trying?: string; method?: 'GET' | 'POST'; body?: unknown } = {},
): Promise<Response> {
  if (!(await keyMayGoTo(url, apiKey, options.trying))) throw new KeyRefused(new URL(url).origin);
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const json = options.body === undefined ? {} : { body: JSON.stringify(options.body) };
  return doFetch(url, {
    method: options.method ?? 'GET',
    headers: { apiKey, Accept: 'application/json', ...(options.body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    ...json,
    signal,
    credentials: 'omit',
    cache: 'no-store',
    redirect: 'error',
  });
}

/** One report, with timeouts, bounded retries of what is safe to retry, and typed errors. */
export async function fetchReport(lookup: LookupKey, config: ClientConfig, options: ClientOptions = {}): Promise<FetchResult> {
  if (lookup.by === 'response_id' && !/^\d+$/.test(lookup.value)) return config.apiKey ? fail({ kind: 'not-found' }) : fail({ kind: 'no-key' });
  const result = await callApi(
    reportUrl(config.baseUrl, lookup, options.downloadableRecordings),
    config,
    { parse: reportValue, refused: reportRefused },
    options,
  );
  return result.ok ? { ok: true, report: result.value } : result;
}

/** What one endpoint sends and how its answers read; `once`: never sent twice (it creates something). */
export interface Call<T> {
  readonly method?: 'GET' | 'POST';
  readonly body?: unknown;
  readonly parse: (body: unknown) => { ok: true; value: T } | { ok: false; issue: string };
  /** The error for a 4xx other than 401 and 429 (the endpoint's own meaning of it). */
  readonly refused: (status: number, body: ErrorBody) => ApiError;
  readonly once?: boolean;
}

export type CallResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/**
 * One API call with the key, timeouts and typed errors. Reads (and anything marked safe) are retried
 * on network errors, 5xx and a short Retry-After; a call that creates something (`once`) never is,
 * since a lost answer may mean it was created.
 */
export async function callApi<T>(url: string, config: ClientConfig, call: Call<T>, options: ClientOptions = {}): Promise<CallResult<T>> {
  if (!config.apiKey) return fail({ kind: 'no-key' });
  const {
    sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    random = Math.random,
    now = Date.now,
    maxAttempts = call.once ? 1 : MAX_ATTEMPTS,
    maxRetryAfterMs = MAX_RETRY_AFTER_MS,
  } = options;
  let outcome: Attempt<T> = { result: fail({ kind: 'offline' }), retry: false };
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    outcome = await attemptOnce(url, config.apiKey, call, options, now);
    if (!outcome.retry || attempt === maxAttempts) break;
    const waitMs = outcome.retryAfterMs ?? backoff(attempt, random);
    if (waitMs > maxRetryAfterMs) break;
    await sleep(waitMs);
  }
  return outcome.result;
}

interface Attempt<T> {
  result: CallResult<T>;
  retry: boolean;
  retryAfterMs?: number;
}

async function attemptOnce<T>(url: string, apiKey: string, call: Call<T>, options: ClientOptions, now: () => number): Promise<Attempt<T>> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.attemptTimeoutMs ?? ATTEMPT_TIMEOUT_MS);
  try {
    const response = await sendKey(url, apiKey, controller.signal, { fetch: options.fetch, method: call.method, body: call.body });
    const text = await response.text();
    return interpret(response, text, apiKey, call, now);
  } catch (error) {
    if (error instanceof KeyRefused) return { result: fail({ kind: 'no-permission', origin: error.origin }), retry: false };
    const kind: ApiErrorKind = controller.signal.aborted ? 'timeout' : 'offline';
    return { result: fail({ kind }), retry: true };
  } finally {
    clearTimeout(timer);
  }
}

/** An error body's fields, when it had any: `detail` is what the recruiter may read. */
export interface ErrorBody {
  readonly detail?: string;
  readonly code?: string;
}

function interpret<T>(response: Response, text: string, apiKey: string, call: Call<T>, now: () => number): Attempt<T> {
  const { status } = response;
  if (status === 200) {
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return { result: fail({ kind: 'invalid-response', status, detail: t('errNotJson') }), retry: false };
    }
    const parsed = call.parse(body);
    return parsed.ok
      ? { result: { ok: true, value: parsed.value }, retry: false }
      : { result: fail({ kind: 'invalid-response', status, detail: scrub(parsed.issue, apiKey) }), retry: false };
  }
  const error = errorBody(text, apiKey);
  const { detail } = error;
  if (status === 429) {
    const retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'), now());
    const retryAfter = retryAfterMs === undefined ? undefined : Math.ceil(retryAfterMs / 1000);
    return { result: fail({ kind: 'rate-limited', status, detail, retryAfter }), retry: true, retryAfterMs };
  }
  if (status >= 500) return { result: fail({ kind: 'server', status, detail }), retry: true };
  if (status === 401) return { result: fail({ kind: 'unauthorized', status, detail }), retry: false };
  if (status >= 400 && status < 500) return { result: fail(call.refused(status, error)), retry: false };
  return { result: fail({ kind: 'server', status, detail }), retry: false };
}

function reportValue(body: unknown): { ok: true; value: Report } | { ok: false; issue: string } {
  const parsed = parseReport(body);
  return parsed.ok ? { ok: true, value: parsed.report } : parsed;
}

/** The report endpoints: 403 is a refused key; 404 "no such report"; 400/410/422 refuse this id, which for the recruiter is the same. */
function reportRefused(status: number, { detail }: ErrorBody): ApiError {
  if (status === 403) return { kind: 'unauthorized', status, detail };
  if (status === 404 || status === 400 || status === 410 || status === 422) return { kind: 'not-found', status, detail };
  return { kind: 'server', status, detail };
}

/**
 * The longest any Retry-After holds lookups back: a server (or a proxy) asking for days would
 * otherwise stop the extension until the browser restarts. The UI says an hour is the most it waits.
 */
export const MAX_PAUSE_MS = 60 * 60_000;

/** Retry-After is either delta-seconds or an HTTP-date (RFC 9110 §10.2.3), capped at MAX_PAUSE_MS. */
export function parseRetryAfter(value: string | null, nowMs: number): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Math.min(Number(trimmed) * 1000, MAX_PAUSE_MS);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.min(Math.max(0, date - nowMs), MAX_PAUSE_MS);
}

/** Exponential backoff with equal jitter: half fixed, half random, so tabs do not retry in lockstep. */
export function backoff(attempt: number, random: () => number): number {
  const ceiling = BACKOFF_BASE_MS * 2 ** (attempt - 1);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

function errorBody(text: string, apiKey: string): ErrorBody {
  if (!text) return {};
  try {
    const parsed = errorBodySchema.safeParse(JSON.parse(text));
    if (!parsed.success) return {};
    const { detail, code } = parsed.data;
    return { ...(detail ? { detail: scrub(detail, apiKey) } : {}), ...(code ? { code } : {}) };
  } catch {
    return {};
  }
}

/** The API's own words are shown to the recruiter; make sure they can never carry the key. */
function scrub(text: string, apiKey: string): string {
  const clean = apiKey ? text.split(apiKey).join('[hidden]') : text;
  return clean.length > MAX_DETAIL_LENGTH ? `${clean.slice(0, MAX_DETAIL_LENGTH)}…` : clean;
}

function fail(error: ApiError): { ok: false; error: ApiError } {
  return { ok: false, error };
}
