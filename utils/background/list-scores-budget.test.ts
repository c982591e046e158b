import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LIST_BUCKET, PAGE_LOOKUPS, spendLookup } from './budget';
import { forgetTabLists, listScore, moreListScores, resetListScores } from './list-scores';
import type { ResolveDeps } from './resolver';

// Issue 21, item 9: what a list page may make the worker spend survives what a page can provoke: a
// reload (a new page load) and a worker restart (the page waits; resetListScores is that restart).

const baseUrl = 'https://app.xobin.com/api/v2';
const fetch = vi.fn(async () => new Response('{"message":"Report not found"}', { status: 404 }));
const deps: ResolveDeps = { config: async () => ({ baseUrl, apiKey: 'k' }), client: { fetch, sleep: async () => undefined } };
let row = 6000000000;
/** A chip for a candidate nobody asked about yet (no answer in the cache). */
const fresh = (tabId: number, load: string) =>
  listScore(tabId, { url: `https://app.greenhouse.io/people/1?application_id=${row++}`, ats: 'greenhouse', load }, deps);

beforeEach(() => {
  fakeBrowser.reset();
  resetListScores();
  fetch.mockClear();
});

describe('list lookups across worker restarts', () => {
  it('a restart gives a page load no fresh allowance; Show more still does', async () => {
    for (let i = 0; i < PAGE_LOOKUPS; i++) expect((await fresh(1, 'load0001')).kind).toBe('none');
    expect(await fresh(1, 'load0001')).toEqual({ kind: 'limit' });
    resetListScores();
    expect(await fresh(1, 'load0001')).toEqual({ kind: 'limit' });
    expect(await moreListScores(1, 'load0001')).toEqual({ allowed: 2 * PAGE_LOOKUPS });
    expect((await fresh(1, 'load0001')).kind).toBe('none');
  });

  it('a page reloading itself through restarts is held by the list bucket, about one lookup a second', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const loads = Math.ceil(LIST_BUCKET.capacity / PAGE_LOOKUPS);
      for (let load = 0; load < loads; load++) {
        for (let i = 0; i < PAGE_LOOKUPS; i++) await fresh(1, `reload${load}`);
        resetListScores();
      }
      const calls = fetch.mock.calls.length;
      expect(await fresh(1, 'reload-next')).toEqual({ kind: 'error', error: 'rate-limited' });
      vi.advanceTimersByTime(LIST_BUCKET.refillMs);
      expect((await fresh(1, 'reload-next')).kind).toBe('none');
      expect(fetch.mock.calls.length).toBe(calls + 1); // its application id (the person’s "no report" is cached)
    } finally {
      vi.useRealTimers();
    }
  });

  it('a profile lookup in between (the tab and global buckets, same storage item) keeps the list’s counts', async () => {
    for (let i = 0; i < PAGE_LOOKUPS; i++) await fresh(1, 'load0001');
    await spendLookup(2, false);
    expect(await fresh(1, 'load0001')).toEqual({ kind: 'limit' });
  });

  it('a closed tab’s late message opens no allowance after a restart', async () => {
    expect((await fresh(1, 'load0001')).kind).toBe('none');
    await forgetTabLists(1);
    resetListScores();
    const calls = fetch.mock.calls.length;
    expect(await fresh(1, 'load0001')).toEqual({ kind: 'error', error: 'offline' });
    expect(await fresh(1, 'load0002')).toEqual({ kind: 'error', error: 'offline' });
    expect(fetch.mock.calls.length).toBe(calls);
  });
});
