// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startMockServer, VALID_API_KEYS } from '../../scripts/mock-xobin/server.mjs';
import { insecureFetch } from '../../scripts/mock-xobin/insecure-fetch.mjs';
import { checkConnection, PROBE_KEY } from './connection-check';

// What is tested here is the protocol; where the key may go is key-gate's (key-gate.test.ts), and
// that the check obeys it is settings.test.ts's, in the worker.
vi.mock('./key-gate', () => ({ keyMayGoTo: async () => true }));

// Against the real mock API over HTTPS (its certificate is self-signed, hence insecureFetch):
// the check must tell Xobin's report API from "something answered".

type Mock = Awaited<ReturnType<typeof startMockServer>>;
let mock: Mock;
let base: string;
const key = VALID_API_KEYS[0]!;

beforeAll(async () => {
  mock = await startMockServer();
  base = `https://127.0.0.1:${mock.port}`;
});
afterAll(() => mock?.close());
beforeEach(() => mock.reset());

describe('checkConnection against the mock Xobin API', () => {
  it('connects with the right base URL and key: refused without a valid key, a JSON 404 with it', async () => {
    expect(await checkConnection(`${base}/api/v2`, key, { fetch: insecureFetch })).toEqual({ ok: true, message: 'Connected: Xobin accepted the key.' });
    expect(mock.requests.map((r) => [r.path, r.hasValidKey, r.status])).toEqual([
      ['/api/v2/ai-interviews/report/0', false, 401],
      ['/api/v2/ai-interviews/report/0', true, 404],
    ]);
  });

  it('says the key was refused when it is wrong', async () => {
    const result = await checkConnection(`${base}/api/v2`, 'wrong-key', { fetch: insecureFetch });
    expect(result).toEqual({ ok: false, message: 'Xobin refused this key (HTTP 401). Check it with Xobin support.' });
  });

  it.each(['/api/v1', '/api', '', '/api/v2/ai-interviews'])(
    'does not say "connected" for a wrong base path (%s), and never sends the key there',
    async (path) => {
      const result = await checkConnection(`${base}${path}`, key, { fetch: insecureFetch });
      expect(result.ok).toBe(false);
      expect(result.message).toMatch(/not as Xobin's report API does/);
      expect(mock.requests.length).toBe(1);
      expect(mock.requests.some((r) => r.carriesKey)).toBe(false);
    },
  );
});

describe('checkConnection against other servers', () => {
  const answering = (answer: (key: string) => { status: number; type?: string; body?: string }) =>
    (async (_url: string, init: RequestInit) => {
      const { status, type = 'application/json', body = '{}' } = answer((init.headers as Record<string, string>).apiKey ?? '');
      return new Response(body, { status, headers: { 'Content-Type': type } });
    }) as unknown as typeof fetch;

  it.each([
    ['a web server that answers 404 to everything', () => ({ status: 404, type: 'text/html', body: '<h1>Not found</h1>' })],
    ['an API that answers 400 to everything', () => ({ status: 400 })],
    ['an API that answers 422 to everything', () => ({ status: 422 })],
    ['a single-page app that answers 200 HTML to everything', () => ({ status: 200, type: 'text/html', body: '<html></html>' })],
    [
      'a key check in front of an HTML page',
      (k: string) => (k === PROBE_KEY ? { status: 401 } : { status: 404, type: 'text/html', body: '<h1>Not found</h1>' }),
    ],
  ])('is not fooled by %s', async (_what, answer) => {
    const result = await checkConnection('https://api.example.com/v2', key, { fetch: answering(answer) });
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/not as Xobin's report API does/);
  });

  it('accepts a JSON 400/422 for id 0 once the API has shown it checks keys', async () => {
    for (const status of [400, 422]) {
      const fetchImpl = answering((k) => (k === PROBE_KEY ? { status: 403 } : { status, type: 'application/problem+json' }));
      expect((await checkConnection('https://api.example.com/v2', key, { fetch: fetchImpl })).ok).toBe(true);
    }
  });

  it('reports rate limits, server errors, timeouts and unreachable hosts as such', async () => {
    expect((await checkConnection('https://a.example/v2', key, { fetch: answering(() => ({ status: 429 })) })).message).toMatch(/rate-limiting/);
    expect((await checkConnection('https://a.example/v2', key, { fetch: answering(() => ({ status: 503 })) })).message).toMatch(/HTTP 503/);
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    expect((await checkConnection('https://a.example/v2', key, { fetch: offline })).message).toBe(
      'Could not reach https://a.example. Check the API base URL and your connection.',
    );
    const hang = ((_url: string, init: RequestInit) =>
      new Promise((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(new Error('aborted'))))) as unknown as typeof fetch;
    expect((await checkConnection('https://a.example/v2', key, { fetch: hang, timeoutMs: 20 })).message).toMatch(/did not answer in time/);
  });
});
