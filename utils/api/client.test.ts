import { afterEach, describe, expect, it, vi } from 'vitest';
import { backoff, fetchReport, parseRetryAfter, reportUrl, type ClientOptions } from './client';
import { completedBody, pendingBody } from './sample-reports';

const config = { baseUrl: 'https://app.xobin.com/api/v2', apiKey: 'secret-key-123' };
const byId = { by: 'response_id', value: '979554' } as const;
const byField = { by: 'custom_field_id', value: 'GH-5123456002 & co' } as const;

function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers });
}

/** A fetch double that answers from a script, one entry per call, and records what was asked. */
function scripted(...answers: (Response | Error)[]) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetch = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), init: init ?? {} });
    const next = answers.shift();
    if (!next) throw new Error('unexpected extra request');
    if (next instanceof Error) throw next;
    return next;
  });
  const sleeps: number[] = [];
  const options: ClientOptions = { fetch: fetch as typeof globalThis.fetch, sleep: async (ms) => void sleeps.push(ms), random: () => 0.5 };
  return { calls, sleeps, options };
}

describe('reportUrl', () => {
  it('builds both documented lookups and encodes free-form custom field ids', () => {
    expect(reportUrl(config.baseUrl, byId)).toBe('https://app.xobin.com/api/v2/ai-interviews/report/979554');
    expect(reportUrl(config.baseUrl, byField)).toBe('https://app.xobin.com/api/v2/ai-interviews/report?custom_field_id=GH-5123456002+%26+co');
    expect(reportUrl(config.baseUrl, byId, true)).toBe('https://app.xobin.com/api/v2/ai-interviews/report/979554?is_downloadable=true');
  });
});

describe('fetchReport', () => {
  it('sends the key in the apiKey header, without cookies, and parses a completed report', async () => {
    const { calls, options } = scripted(json(completedBody()));
    const result = await fetchReport(byId, config, options);
    expect(result).toMatchObject({ ok: true, report: { status: 'completed', score: 82 } });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.init.headers).toMatchObject({ apiKey: 'secret-key-123' });
    expect(calls[0]!.init.credentials).toBe('omit');
    expect(calls[0]!.init.redirect).toBe('error'); // a redirect must not carry the apiKey header elsewhere
  });

  it('parses a pending report', async () => {
    const { options } = scripted(json(pendingBody()));
    expect(await fetchReport(byField, config, options)).toMatchObject({ ok: true, report: { status: 'pending' } });
  });

  it('does not call the API without a key', async () => {
    const { calls, options } = scripted();
    expect(await fetchReport(byId, { ...config, apiKey: '' }, options)).toEqual({ ok: false, error: { kind: 'no-key' } });
    expect(calls).toHaveLength(0);
  });

  it.each([
    [401, 'unauthorized'],
    [403, 'unauthorized'],
    [404, 'not-found'],
    [400, 'not-found'],
    [422, 'not-found'],
    [405, 'server'],
  ])('maps HTTP %i to %s without retrying', async (status, kind) => {
    const { calls, options } = scripted(json({ message: 'nope' }, status));
    expect(await fetchReport(byId, config, options)).toEqual({ ok: false, error: { kind, status, detail: 'nope' } });
    expect(calls).toHaveLength(1);
  });

  it('shows the body message when there is one, and never the key even if the API echoes it', async () => {
    const { options } = scripted(json({ message: 'Key secret-key-123 is not valid', error: 'unauthorized' }, 401));
    const result = await fetchReport(byId, config, options);
    expect(JSON.stringify(result)).not.toContain('secret-key-123');
    expect(result).toMatchObject({ ok: false, error: { detail: 'Key [hidden] is not valid' } });
  });

  it('reads {"error": "..."} bodies and tolerates HTML or empty error bodies', async () => {
    const a = scripted(json({ error: 'limit_exceed' }, 403));
    expect(await fetchReport(byId, config, a.options)).toMatchObject({ ok: false, error: { detail: 'limit_exceed' } });
    const b = scripted(json('<html>Not Found</html>', 404));
    expect(await fetchReport(byId, config, b.options)).toEqual({ ok: false, error: { kind: 'not-found', status: 404 } });
  });

  it('turns malformed data into invalid-response, never a half report, and does not retry it', async () => {
    const { calls, options } = scripted(json(completedBody({ score: 'eighty' })));
    const result = await fetchReport(byId, config, options);
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid-response', status: 200 } });
    expect(calls).toHaveLength(1);
  });

  it('turns a truncated or non-JSON 200 body into invalid-response', async () => {
    const { options } = scripted(json('{"response_id": 97955'));
    expect(await fetchReport(byId, config, options)).toMatchObject({ ok: false, error: { kind: 'invalid-response' } });
  });

  it('retries 5xx with growing, jittered backoff and succeeds', async () => {
    const { calls, sleeps, options } = scripted(json({}, 502), json({}, 503), json(completedBody()));
    expect(await fetchReport(byId, config, options)).toMatchObject({ ok: true });
    expect(calls).toHaveLength(3);
    expect(sleeps).toEqual([backoff(1, () => 0.5), backoff(2, () => 0.5)]);
    expect(sleeps[1]!).toBeGreaterThan(sleeps[0]!);
  });

  it('gives up after three attempts with the last error', async () => {
    const { calls, options } = scripted(json({}, 500), json({}, 500), json({ message: 'down' }, 500));
    expect(await fetchReport(byId, config, options)).toEqual({ ok: false, error: { kind: 'server', status: 500, detail: 'down' } });
    expect(calls).toHaveLength(3);
  });

  it('retries network failures and reports offline when they persist', async () => {
    const { calls, options } = scripted(new TypeError('Failed to fetch'), new TypeError('Failed to fetch'), new TypeError('Failed to fetch'));
    expect(await fetchReport(byId, config, options)).toEqual({ ok: false, error: { kind: 'offline' } });
    expect(calls).toHaveLength(3);
  });

  it('honours Retry-After in seconds on 429', async () => {
    const { sleeps, options } = scripted(json({}, 429, { 'Retry-After': '2' }), json(completedBody()));
    expect(await fetchReport(byId, config, options)).toMatchObject({ ok: true });
    expect(sleeps).toEqual([2000]);
  });

  it('honours Retry-After as an HTTP date on 429', async () => {
    const now = Date.parse('2026-11-29T10:00:00Z');
    const { sleeps, options } = scripted(json({}, 429, { 'Retry-After': 'Sun, 29 Nov 2026 10:00:03 GMT' }), json(completedBody()));
    expect(await fetchReport(byId, config, { ...options, now: () => now })).toMatchObject({ ok: true });
    expect(sleeps).toEqual([3000]);
  });

  it('does not sit out a long Retry-After: it tells the recruiter how long instead', async () => {
    const { calls, sleeps, options } = scripted(json({ message: 'slow down' }, 429, { 'Retry-After': '120' }));
    expect(await fetchReport(byId, config, options)).toEqual({
      ok: false,
      error: { kind: 'rate-limited', status: 429, detail: 'slow down', retryAfter: 120 },
    });
    expect(calls).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('never asks for a response id that is not an integer', async () => {
    const { calls, options } = scripted();
    expect(await fetchReport({ by: 'response_id', value: '12a' }, config, options)).toEqual({ ok: false, error: { kind: 'not-found' } });
    expect(calls).toHaveLength(0);
  });
});

describe('fetchReport timeouts', () => {
  afterEach(() => void vi.useRealTimers());

  it('aborts each attempt after 15 s, retries, and reports a timeout', async () => {
    vi.useFakeTimers();
    let attempts = 0;
    const hanging = (_url: string | URL | Request, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        attempts++;
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      });
    const promise = fetchReport(byId, config, { fetch: hanging as typeof fetch, random: () => 0 });
    await vi.advanceTimersByTimeAsync(14_999);
    expect(attempts).toBe(1);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(await promise).toEqual({ ok: false, error: { kind: 'timeout' } });
    expect(attempts).toBe(3);
  });
});

describe('parseRetryAfter and backoff', () => {
  it.each([
    ['5', 5000],
    [' 0 ', 0],
    ['Sun, 29 Nov 2026 10:00:10 GMT', 10_000],
    ['Sun, 29 Nov 2026 09:00:00 GMT', 0],
    ['soon', undefined],
    [null, undefined],
    // Capped at an hour: a server asking for days would otherwise stop lookups until a browser restart.
    ['2147484', 3_600_000],
    ['Fri, 01 Jan 2100 00:00:00 GMT', 3_600_000],
  ])('parses %j', (value, expected) => {
    expect(parseRetryAfter(value, Date.parse('2026-11-29T10:00:00Z'))).toBe(expected);
  });

  it('keeps jitter between half and all of the exponential ceiling', () => {
    expect(backoff(1, () => 0)).toBe(300);
    expect(backoff(1, () => 1)).toBe(600);
    expect(backoff(3, () => 0)).toBe(1200);
    expect(backoff(3, () => 1)).toBe(2400);
  });
});
