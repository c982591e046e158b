import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { completedBody, pendingBody } from '../api/sample-reports';
import type { Lookup, TabState } from '../tab-state';
import { accountScope } from './account';
import { cacheKey, FRESH_MS, readCache } from './cache';
import { resolveTab, type ResolveDeps } from './resolver';
import { readTab, updateTab } from './tabs';

const baseUrl = 'https://app.xobin.com/api/v2';
const application: Lookup = { by: 'custom_field_id', value: '5123456002', source: 'the Greenhouse application' };
const person: Lookup = { by: 'custom_field_id', value: '4012345002', source: 'the Greenhouse candidate' };

function respond(routes: Record<string, () => Response | Promise<Response>>) {
  return vi.fn(async (url: string | URL | Request) => {
    const id = new URL(String(url)).searchParams.get('custom_field_id') ?? String(url).split('/').pop()!;
    const route = routes[id];
    return route ? route() : new Response('{"message":"Report not found"}', { status: 404 });
  });
}

function deps(fetch: ReturnType<typeof respond>, apiKey = 'k'): ResolveDeps {
  return { config: async () => ({ baseUrl, apiKey }), client: { fetch: fetch as typeof globalThis.fetch, sleep: async () => undefined } };
}

async function seed(tabId: number, navId: string, lookups: Lookup[]): Promise<void> {
  const state: TabState = { v: 1, tabId, navId, url: 'https://app.greenhouse.io/people/1', lookups, phase: 'loading', updatedAt: 0 };
  await updateTab(tabId, () => state);
}

beforeEach(() => fakeBrowser.reset());

describe('resolveTab', () => {
  it('tries lookups most specific first and stops at the first report found', async () => {
    const fetch = respond({ '5123456002': () => Response.json(completedBody()) });
    await seed(1, 'n1', [application, person]);
    await resolveTab(1, 'n1', deps(fetch));
    const state = await readTab(1);
    expect(state).toMatchObject({ phase: 'ready', result: { kind: 'report', lookup: application } });
    expect(fetch).toHaveBeenCalledTimes(1);
    const entry = await readCache(cacheKey(await accountScope({ baseUrl, apiKey: 'k' }), application));
    expect(entry?.report).toMatchObject({ status: 'completed', score: 82 });
  });

  it('falls through not-found to the next lookup and records every lookup tried', async () => {
    const fetch = respond({ '4012345002': () => Response.json(completedBody()) });
    await seed(1, 'n1', [application, person]);
    await resolveTab(1, 'n1', deps(fetch));
    expect(await readTab(1)).toMatchObject({ result: { kind: 'report', lookup: person } });

    await seed(2, 'n2', [application]);
    await resolveTab(2, 'n2', deps(respond({})));
    expect(await readTab(2)).toMatchObject({ result: { kind: 'error', error: { kind: 'not-found' }, tried: [application] } });
  });

  it('stops at an error that is not "not found" instead of guessing with the next id', async () => {
    const fetch = respond({ '5123456002': () => new Response('{}', { status: 401 }), '4012345002': () => Response.json(completedBody()) });
    await seed(1, 'n1', [application, person]);
    await resolveTab(1, 'n1', deps(fetch));
    expect(await readTab(1)).toMatchObject({ result: { kind: 'error', error: { kind: 'unauthorized' } } });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('asks for a key without calling the API when none is saved', async () => {
    const fetch = respond({});
    await seed(1, 'n1', [application]);
    await resolveTab(1, 'n1', deps(fetch, ''));
    expect(await readTab(1)).toMatchObject({ result: { kind: 'error', error: { kind: 'no-key' } } });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('never writes a result for a candidate the recruiter has left', async () => {
    let release!: () => void;
    const slow = new Promise<void>((resolve) => (release = resolve));
    const fetch = respond({ '5123456002': async () => (await slow, Response.json(completedBody())) });
    await seed(1, 'old', [application]);
    const pending = resolveTab(1, 'old', deps(fetch));
    await seed(1, 'new', [person]); // the recruiter moved on before the answer came
    release();
    await pending;
    const state = await readTab(1);
    expect(state?.navId).toBe('new');
    expect(state?.result).toBeUndefined();
    expect(state?.phase).toBe('loading');
  });

  it('shares one request between two tabs asking for the same lookup', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const fetch = respond({ '5123456002': async () => (await gate, Response.json(completedBody())) });
    await seed(1, 'a', [application]);
    await seed(2, 'b', [application]);
    const both = Promise.all([resolveTab(1, 'a', deps(fetch)), resolveTab(2, 'b', deps(fetch))]);
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
    release();
    await both;
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(await readTab(2)).toMatchObject({ result: { kind: 'report' } });
  });

  it('serves a fresh completed report from the cache without a request', async () => {
    const fetch = respond({ '5123456002': () => Response.json(completedBody()) });
    await seed(1, 'a', [application]);
    await resolveTab(1, 'a', deps(fetch));
    await seed(2, 'b', [application]);
    await resolveTab(2, 'b', deps(fetch));
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(await readTab(2)).toMatchObject({ phase: 'ready', refreshing: false });
  });

  it('shows a stale report at once and refreshes it in the background', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const fetch = respond({ '5123456002': () => Response.json(completedBody({ score: 82 })) });
      await seed(1, 'a', [application]);
      await resolveTab(1, 'a', deps(fetch));
      vi.setSystemTime(Date.now() + FRESH_MS + 1);
      fetch.mockImplementation(async () => Response.json(completedBody({ score: 90 })));
      await seed(1, 'b', [application]);
      await resolveTab(1, 'b', deps(fetch));
      expect(await readTab(1)).toMatchObject({ phase: 'ready', result: { kind: 'report' } });
      await vi.waitFor(async () =>
        expect((await readCache(cacheKey(await accountScope({ baseUrl, apiKey: 'k' }), application)))?.report).toMatchObject({ score: 90 }),
      );
      await vi.waitFor(async () => expect(await readTab(1)).toMatchObject({ refreshing: false }));
      expect(fetch).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('re-checks pending interviews on every view', async () => {
    const fetch = respond({ '5123456002': () => Response.json(pendingBody()) });
    await seed(1, 'a', [application]);
    await resolveTab(1, 'a', deps(fetch));
    await seed(1, 'b', [application]);
    await resolveTab(1, 'b', deps(fetch));
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('remembers "no report" for FRESH_MS: the next view asks only for what it does not know, Refresh and a later view ask again', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const fetch = respond({ '4012345002': () => Response.json(completedBody()) });
      await seed(1, 'a', [application, person]);
      await resolveTab(1, 'a', deps(fetch));
      expect(fetch).toHaveBeenCalledTimes(2); // the application: 404, then the person: found
      const asked = () => fetch.mock.calls.map(([url]) => new URL(String(url)).searchParams.get('custom_field_id'));

      await seed(1, 'b', [application, person]);
      await resolveTab(1, 'b', deps(fetch));
      expect(await readTab(1)).toMatchObject({ result: { kind: 'report', lookup: person }, refreshing: false });
      expect(fetch).toHaveBeenCalledTimes(2); // neither asked again: one known missing, one cached

      await resolveTab(1, 'b', deps(fetch), { force: true });
      expect(asked().slice(2)).toEqual(['5123456002', '4012345002']); // Refresh asks for both

      // The candidate gets invited meanwhile: after FRESH_MS the application is asked again, and found.
      fetch.mockImplementation(async () => Response.json(completedBody({ score: 64 })));
      vi.setSystemTime(Date.now() + FRESH_MS + 1);
      await seed(1, 'c', [application, person]);
      await resolveTab(1, 'c', deps(fetch));
      expect(asked()[4]).toBe('5123456002');
      expect(await readTab(1)).toMatchObject({ result: { kind: 'report', lookup: application, summary: { score: 64 } } });
    } finally {
      vi.useRealTimers();
    }
  });

  it('does not remember "no report" for an answer that was not one (a 500, an abandoned request)', async () => {
    const fetch = respond({ '5123456002': () => new Response('{}', { status: 500 }) });
    await seed(1, 'a', [application]);
    await resolveTab(1, 'a', deps(fetch));
    const calls = fetch.mock.calls.length;
    await seed(1, 'b', [application]);
    await resolveTab(1, 'b', deps(fetch));
    expect(fetch.mock.calls.length).toBeGreaterThan(calls);
  });

  it('bypasses the cache when forced (the Refresh button)', async () => {
    const fetch = respond({ '5123456002': () => Response.json(completedBody()) });
    await seed(1, 'a', [application]);
    await resolveTab(1, 'a', deps(fetch));
    await resolveTab(1, 'a', deps(fetch), { force: true });
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('ends in a clear error, not endless loading, when the browser refuses to store the report', async () => {
    const set = fakeBrowser.storage.session.set.bind(fakeBrowser.storage.session);
    vi.spyOn(fakeBrowser.storage.session, 'set').mockImplementation(async (items: Record<string, unknown>) => {
      if (Object.keys(items).some((key) => key.startsWith('report:'))) throw new Error('QUOTA_BYTES quota exceeded');
      return set(items);
    });
    await seed(1, 'a', [application]);
    await resolveTab(1, 'a', deps(respond({ '5123456002': () => Response.json(completedBody()) })));
    expect(await readTab(1)).toMatchObject({
      phase: 'ready',
      result: { kind: 'error', error: { kind: 'invalid-response', detail: expect.stringMatching(/too large/) } },
    });
  });
});
