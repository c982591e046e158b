import { KeyRefused, reportUrl, sendKey } from '../api/client';
import { DEFAULT_BASE_URL } from '../api/constants';
import { t } from '../i18n';
import type { TestResult } from '../messages';

// "Test connection" must not say "connected" because *something* answered. A wrong base path on a
// real host answers 404 (or 400/422) to any request, which the report client rightly reads as "no
// such report". What only Xobin's report API does: it refuses a request without a valid key (401/403)
// and, with the right key, answers in JSON that the report does not exist. So the check asks twice
// for response id 0 (which never exists, so no candidate data is touched):
//   1. with a key that cannot be valid: must be refused with 401/403, else this is not the report API
//      (and the real key is never sent to that address);
//   2. with the key: 404/400/422 in JSON (or a 200 report) means the key got past authentication.
// Known limit: an unknown path behind the same key check (e.g. another API version) passes step 1 and
// could pass step 2 with a JSON 404; the check cannot tell those apart without a report id.

/** Sent in place of a key in step 1: visibly not a key, so no real key can ever match it. */
export const PROBE_KEY = 'xobin-extension-connection-check-not-a-key';
/** The check's own limit: an answer later than a report request's would be is a failed check. */
const TIMEOUT_MS = 15_000;

interface Answer {
  readonly status: number;
  readonly json: boolean;
}

type Probe = { ok: true; answer: Answer } | { ok: false; kind: 'offline' | 'timeout' | 'refused' };

export interface ConnectionCheckOptions {
  readonly fetch?: typeof fetch;
  readonly timeoutMs?: number;
}

export async function checkConnection(baseUrl: string, apiKey: string, options: ConnectionCheckOptions = {}): Promise<TestResult> {
  const origin = new URL(baseUrl).origin;
  const url = reportUrl(baseUrl, { by: 'response_id', value: '0' });
  const unkeyed = await probe(url, PROBE_KEY, options);
  if (!unkeyed.ok) return unreachable(unkeyed.kind, origin);
  const first = unkeyed.answer;
  if (first.status === 429) return rateLimited();
  if (first.status >= 500) return serverError(first.status);
  if (first.status !== 401 && first.status !== 403) return notTheApi(baseUrl);

  const keyed = await probe(url, apiKey, options);
  if (!keyed.ok) return unreachable(keyed.kind, origin);
  const { status, json } = keyed.answer;
  if (status === 401 || status === 403) return { ok: false, message: t('testRefused', status) };
  if (status === 429) return rateLimited();
  if (status >= 500) return serverError(status);
  if ((status === 404 || status === 400 || status === 422 || status === 200) && json) return { ok: true, message: t('testConnected') };
  return notTheApi(baseUrl);
}

async function probe(url: string, key: string, options: ConnectionCheckOptions): Promise<Probe> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? TIMEOUT_MS);
  try {
    // Through the report client's one sender, so its guards and key-gate decide here too. The
    // address is the one being tested: the key may go there only if the recruiter may save it.
    const response = await sendKey(url, key, controller.signal, { fetch: options.fetch, trying: url });
    const type = response.headers.get('Content-Type') ?? '';
    await response.text().catch(() => '');
    return { ok: true, answer: { status: response.status, json: /^application\/(?:[\w.+-]*\+)?json\b/i.test(type.trim()) } };
  } catch (error) {
    if (error instanceof KeyRefused) return { ok: false, kind: 'refused' };
    return { ok: false, kind: controller.signal.aborted ? 'timeout' : 'offline' };
  } finally {
    clearTimeout(timer);
  }
}

function unreachable(kind: 'offline' | 'timeout' | 'refused', origin: string): TestResult {
  if (kind === 'refused') return { ok: false, message: t('testKeyRefused', origin) };
  return kind === 'timeout' ? { ok: false, message: t('testTimeout', origin) } : { ok: false, message: t('testOffline', origin) };
}

function notTheApi(baseUrl: string): TestResult {
  return { ok: false, message: t('testNotXobin', baseUrl, DEFAULT_BASE_URL) };
}

function rateLimited(): TestResult {
  return { ok: false, message: t('testRateLimited') };
}

function serverError(status: number): TestResult {
  return { ok: false, message: t('testServerError', status) };
}
