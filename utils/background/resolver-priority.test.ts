import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { completedBody } from '../api/sample-reports';
import type { Lookup } from '../tab-state';
import { createQueue } from './queue';
import { abortAllRequests, getReport, type ResolveDeps } from './resolver';

// Issue 21, item 7: a recruiter's lookup never waits behind a list chip's (or watch check's) request
// that a 429 has parked in the queue.

const baseUrl = 'https://app.xobin.com/api/v2';
const config = { baseUrl, apiKey: 'k' };
const application: Lookup = { by: 'custom_field_id', value: '5123456002', source: 'the Greenhouse application' };
const within = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([promise, new Promise<'still waiting'>((resolve) => setTimeout(resolve, ms, 'still waiting'))]);

/** The worker's queue over an API that answered the first request with a 429 asking for ten minutes. */
async function pausedQueue() {
  const api = vi.fn(async (_url: string | URL | Request, _init?: RequestInit) => Response.json(completedBody()));
  api.mockResolvedValueOnce(new Response('', { status: 429, headers: { 'Retry-After': '600' } }));
  const queue = createQueue({ fetch: () => api as typeof fetch });
  await queue.fetchFor('list')('https://app.xobin.com/api/v2/other');
  const deps = (priority: 'user' | 'list' | 'watch'): ResolveDeps => ({
    config: async () => config,
    client: { fetch: queue.fetchFor(priority), sleep: async () => undefined },
  });
  return { api, queue, deps };
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => abortAllRequests());

describe('a lookup joining a request in flight', () => {
  it.each(['list', 'watch'] as const)(
    'a recruiter’s lookup gets its report at once while a %s request for it sits out a 429 pause; that caller gets it too',
    async (priority) => {
      const { api, queue, deps } = await pausedQueue();
      const parked = getReport(application, config, deps(priority), { tabId: 1, unmetered: true, priority, force: priority === 'watch' });
      await vi.waitFor(() => expect(queue.waiting()).toBe(1));
      const opened = await within(getReport(application, config, deps('user'), { tabId: 1, byRecruiter: true }), 1_000);
      expect(opened).toMatchObject({ ok: true, summary: { score: 82 } });
      expect(await within(parked, 1_000)).toMatchObject({ ok: true, summary: { score: 82 } });
      // The parked request never went out: the 429 and the recruiter's own, nothing more.
      expect(queue.waiting()).toBe(0);
      expect(api).toHaveBeenCalledTimes(2);
    },
  );

  it('a list chip still joins the recruiter’s request for the same candidate (one request, not two)', async () => {
    const { api, deps } = await pausedQueue();
    const opened = getReport(application, config, deps('user'), { tabId: 1, byRecruiter: true });
    const chip = getReport(application, config, deps('list'), { tabId: 1, unmetered: true, priority: 'list' });
    expect(await within(Promise.all([opened, chip]), 1_000)).toMatchObject([{ ok: true }, { ok: true }]);
    expect(api).toHaveBeenCalledTimes(2);
  });

  it('a chip that leaves a promoted request does not abort the recruiter’s', async () => {
    const { queue, deps } = await pausedQueue();
    const left = new AbortController();
    const parked = getReport(application, config, deps('list'), { tabId: 1, unmetered: true, priority: 'list', signal: left.signal });
    await vi.waitFor(() => expect(queue.waiting()).toBe(1));
    const opened = getReport(application, config, deps('user'), { tabId: 1, byRecruiter: true });
    left.abort();
    expect(await within(opened, 1_000)).toMatchObject({ ok: true, summary: { score: 82 } });
    await parked;
  });
});
