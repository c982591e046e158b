import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { lookupBudgetItem } from '../storage';
import { AUTO_BUCKET, budgetWritten, forgetBudgetMemory, keepBudgetInMemory, PAGE_LOOKUPS, spendLookup } from './budget';
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
      const loads = Math.ceil(AUTO_BUCKET.capacity / PAGE_LOOKUPS);
      for (let load = 0; load < loads; load++) {
        for (let i = 0; i < PAGE_LOOKUPS; i++) await fresh(1, `reload${load}`);
        resetListScores();
      }
      const calls = fetch.mock.calls.length;
      expect(await fresh(1, 'reload-next')).toEqual({ kind: 'error', error: 'rate-limited' });
      vi.advanceTimersByTime(AUTO_BUCKET.refillMs);
      expect((await fresh(1, 'reload-next')).kind).toBe('none');
      expect(fetch.mock.calls.length).toBe(calls + 1); // its application id (the person’s "no report" is cached)
    } finally {
      vi.useRealTimers();
    }
  });

  it('a profile lookup in between (the tab and global buckets, same storage item) keeps the list’s counts', async () => {
    for (let i = 0; i < PAGE_LOOKUPS; i++) await fresh(1, 'load0001');
    await spendLookup(2);
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

describe('list lookups in a running worker (the budget kept in memory)', () => {
  beforeEach(() => keepBudgetInMemory());
  afterEach(() => forgetBudgetMemory());

  it('puts no storage round trip in front of a chip’s request: one read per worker life, writes behind and coalesced', async () => {
    const reads = vi.spyOn(lookupBudgetItem, 'getValue');
    // Writes that never finish (a busy storage): the chips must not wait for them.
    const session = fakeBrowser.storage.session;
    const set = session.set.bind(session);
    const writes = vi.fn();
    let release = () => {};
    const spy = vi.spyOn(session, 'set').mockImplementation((items) => {
      if (!('lookupBudget' in items)) return set(items);
      writes(items);
      return new Promise<void>((resolve) => (release = resolve));
    });
    for (let i = 0; i < 20; i++) expect((await fresh(1, 'load0001')).kind).toBe('none');
    expect(fetch.mock.calls.length).toBeGreaterThanOrEqual(20);
    expect(reads).toHaveBeenCalledTimes(1);
    expect(writes).toHaveBeenCalledTimes(1); // the rest wait behind it as one write of the newest state
    spy.mockRestore();
    release();
  });

  it('a restarted worker still gives a page load no fresh allowance', async () => {
    for (let i = 0; i < PAGE_LOOKUPS; i++) await fresh(1, 'load0001');
    await budgetWritten();
    keepBudgetInMemory(); // the next worker
    resetListScores();
    expect(await fresh(1, 'load0001')).toEqual({ kind: 'limit' });
    expect(await moreListScores(1, 'load0001')).toEqual({ allowed: 2 * PAGE_LOOKUPS });
  });
});
