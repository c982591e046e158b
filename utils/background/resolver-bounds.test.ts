import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { completedBody } from '../api/sample-reports';
import { parseReport } from '../api/schemas';

function parseOrThrow(body: unknown) {
  const parsed = parseReport(body);
  if (!parsed.ok) throw new Error(parsed.issue);
  return parsed.report;
}
import { lookupBudgetItem } from '../storage';
import type { Lookup, TabState } from '../tab-state';
import { accountScope } from './account';
import { PAUSE_TOKENS, TAB_BUCKET } from './budget';
import { cacheKey, keepWhileShown, MAX_CACHE_BYTES, readCache, writeCache } from './cache';
import { onDetected, refreshTab } from './detection';
import { abortAllRequests, getReport, resolveTab, type ResolveDeps } from './resolver';
import { readTab, updateTab } from './tabs';

// Issue 9, item 1 and 6: what a page can make the worker spend, and answers that must not land.

const baseUrl = 'https://app.xobin.com/api/v2';
const application: Lookup = { by: 'custom_field_id', value: '5123456002', source: 'the Greenhouse application' };
const person: Lookup = { by: 'custom_field_id', value: '4012345002', source: 'the Greenhouse candidate' };

/** A fetch whose answers wait until released; records every request and its signal. */
function heldFetch() {
  const calls: { url: string; signal: AbortSignal; release: () => void }[] = [];
  const fetch = vi.fn(
    (url: string | URL | Request, init?: RequestInit) =>
      new Promise<Response>((resolve, reject) => {
        const signal = init!.signal!;
        const id = new URL(String(url)).searchParams.get('custom_field_id');
        calls.push({
          url: String(url),
          signal,
          release: () => resolve(id === '5123456002' ? Response.json(completedBody()) : new Response('{}', { status: 404 })),
        });
        signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      }),
  );
  return { fetch, calls };
}

function deps(fetch: unknown, apiKey = 'k'): ResolveDeps {
  return { config: async () => ({ baseUrl, apiKey }), client: { fetch: fetch as typeof globalThis.fetch, sleep: async () => undefined } };
}

async function seed(tabId: number, navId: string, lookups: Lookup[]): Promise<void> {
  const state: TabState = { v: 1, tabId, navId, url: 'https://app.greenhouse.io/people/1', lookups, phase: 'loading', updatedAt: 0 };
  await updateTab(tabId, () => state);
}

beforeEach(() => fakeBrowser.reset());

describe('a lookup run the tab has left', () => {
  it('aborts its request and never starts the next lookup of its chain', async () => {
    const { fetch, calls } = heldFetch();
    await seed(1, 'old', [person, application]);
    const run = resolveTab(1, 'old', deps(fetch));
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    await seed(1, 'new', [application]); // the recruiter moved on
    expect(calls[0]!.signal.aborted).toBe(true);
    await run;
    expect(calls).toHaveLength(1); // the chain's second lookup was never asked
    expect((await readTab(1))?.phase).toBe('loading');
  });

  it('keeps a shared request alive while another tab still waits for it', async () => {
    const { fetch, calls } = heldFetch();
    await seed(1, 'a', [application]);
    await seed(2, 'b', [application]);
    const both = Promise.all([resolveTab(1, 'a', deps(fetch)), resolveTab(2, 'b', deps(fetch))]);
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    await seed(1, 'a2', []); // tab 1 leaves
    expect(calls[0]!.signal.aborted).toBe(false);
    calls[0]!.release();
    await both;
    expect(await readTab(2)).toMatchObject({ phase: 'ready', result: { kind: 'report' } });
  });
});

describe('a page navigating through candidates', () => {
  it('costs the first and the last candidate for 100 navigations in a burst, and shows the last', async () => {
    const fetch = vi.fn(async (url: string | URL | Request) =>
      Response.json(completedBody({ custom_field_id: new URL(String(url)).searchParams.get('custom_field_id') })),
    );
    const url = (n: number) => `https://app.greenhouse.io/people/4012345002?application_id=${6000000000 + n}`;
    for (let n = 1; n <= 100; n++) {
      const claim = { ats: 'greenhouse', ids: [{ key: 'applicationId', value: String(6000000000 + n) }], responseIds: [] };
      void onDetected(1, url(n), claim, deps(fetch));
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await vi.waitFor(async () => expect(await readTab(1)).toMatchObject({ phase: 'ready', url: url(100) }), { timeout: 3000 });
    const asked = fetch.mock.calls.map(([requested]) => new URL(String(requested)).searchParams.get('custom_field_id'));
    expect(asked.length).toBeLessThanOrEqual(4); // first candidate (application, person), last (application)
    expect(asked.at(-1)).toBe(String(6000000100));
    expect((await readTab(1))?.result).toMatchObject({ kind: 'report', lookup: { value: String(6000000100) } });
  });

  it('shows a cached report at once inside a burst (no wait for the page to calm down, no request)', async () => {
    const fetch = vi.fn(async (url: string | URL | Request) =>
      Response.json(completedBody({ custom_field_id: new URL(String(url)).searchParams.get('custom_field_id') })),
    );
    const claim = (id: string) => ({ ats: 'greenhouse', ids: [{ key: 'applicationId', value: id }], responseIds: [] });
    const url = (id: string) => `https://app.greenhouse.io/people/4012345002?application_id=${id}`;
    for (const id of ['6100000001', '6100000002']) await getReport({ by: 'custom_field_id', value: id }, { baseUrl, apiKey: 'k' }, deps(fetch));
    expect(fetch).toHaveBeenCalledTimes(2);
    vi.useFakeTimers(); // the clock stands still: every detection below is inside one burst
    try {
      for (const id of ['6100000001', '6100000002', '6100000001', '6100000002']) {
        await onDetected(5, url(id), claim(id), deps(fetch));
        await vi.advanceTimersByTimeAsync(0); // promises only; the quiet wait has not passed
        expect(await readTab(5)).toMatchObject({ phase: 'ready', url: url(id), result: { kind: 'report', lookup: { value: id } } });
      }
      await vi.advanceTimersByTimeAsync(1_000); // no late run starts over what is shown
      expect(fetch).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('inside a burst, shows a cached report older than 5 minutes at once too, then checks it once the burst is over', async () => {
    const fetch = vi.fn(async (url: string | URL | Request) =>
      Response.json(completedBody({ custom_field_id: new URL(String(url)).searchParams.get('custom_field_id') })),
    );
    const claim = (id: string) => ({ ats: 'greenhouse', ids: [{ key: 'applicationId', value: id }], responseIds: [] });
    const url = (id: string) => `https://app.greenhouse.io/people/4012345002?application_id=${id}`;
    // setImmediate stays real: IndexedDB runs on it, and every request reads the saved base URL (key-gate.ts).
    vi.useFakeTimers({ now: Date.now(), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    try {
      for (const id of ['6200000001', '6200000002']) await getReport({ by: 'custom_field_id', value: id }, { baseUrl, apiKey: 'k' }, deps(fetch));
      vi.setSystemTime(Date.now() + 6 * 60_000); // both cached reports are stale now
      await onDetected(6, url('6200000001'), claim('6200000001'), deps(fetch)); // calm: runs, refreshes
      await vi.waitFor(async () => expect(await readTab(6)).toMatchObject({ phase: 'ready', refreshing: false }));
      const before = fetch.mock.calls.length;
      await onDetected(6, url('6200000002'), claim('6200000002'), deps(fetch)); // 0 ms later: a burst
      await vi.advanceTimersByTimeAsync(0); // the quiet wait has not passed
      expect(await readTab(6)).toMatchObject({ phase: 'ready', refreshing: true, result: { kind: 'report', lookup: { value: '6200000002' } } });
      expect(fetch.mock.calls.length).toBe(before);
      await vi.advanceTimersByTimeAsync(1_000); // the burst is over: the run checks it
      // The request first reads the saved base URL from IndexedDB (key-gate.ts), on real timers.
      await vi.waitFor(async () =>
        expect(await readTab(6)).toMatchObject({ phase: 'ready', refreshing: false, result: { kind: 'report', lookup: { value: '6200000002' } } }),
      );
      expect(fetch.mock.calls.length).toBe(before + 1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('pauses a tab whose budget is spent, says when it resumes, and lets the recruiter look up at once', async () => {
    const fetch = vi.fn(async () => Response.json(completedBody()));
    await lookupBudgetItem.setValue({ v: 1, global: [60, Date.now()], tabs: { '1': [0, Date.now()] } });
    await seed(1, 'n', [application]);
    await resolveTab(1, 'n', deps(fetch));
    const paused = await readTab(1);
    expect(paused?.result).toMatchObject({ kind: 'paused', scope: 'tab' });
    const resumeAt = paused?.result?.kind === 'paused' ? paused.result.resumeAt : 0;
    expect(resumeAt - Date.now()).toBeGreaterThan(0);
    expect(resumeAt - Date.now()).toBeLessThanOrEqual(3 * TAB_BUCKET.refillMs);
    expect(fetch).not.toHaveBeenCalled();
    await refreshTab(1, deps(fetch)); // the panel's "Look up now"
    expect(await readTab(1)).toMatchObject({ phase: 'ready', result: { kind: 'report' } });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('resumes a paused tab by itself once the budget has tokens again', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const fetch = vi.fn(async () => Response.json(completedBody()));
      await lookupBudgetItem.setValue({ v: 1, global: [60, Date.now()], tabs: { '1': [0, Date.now()] } });
      await seed(1, 'n', [application]);
      await resolveTab(1, 'n', deps(fetch));
      expect((await readTab(1))?.result?.kind).toBe('paused');
      await vi.advanceTimersByTimeAsync(PAUSE_TOKENS * TAB_BUCKET.refillMs - 500);
      expect((await readTab(1))?.result?.kind).toBe('paused');
      expect(fetch).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(1_000);
      await vi.waitFor(async () => expect((await readTab(1))?.result?.kind).toBe('report'));
      expect(fetch).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('the account a request belongs to', () => {
  it('scopes cache keys by a hash of key and base URL, never the key itself', async () => {
    const a = await accountScope({ baseUrl, apiKey: 'secret-key-A' });
    const b = await accountScope({ baseUrl, apiKey: 'secret-key-B' });
    const otherHost = await accountScope({ baseUrl: 'https://eu.xobin.com/api/v2', apiKey: 'secret-key-A' });
    expect(new Set([a, b, otherHost]).size).toBe(3);
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(cacheKey(a, application)).not.toContain('secret-key-A');
  });

  it('never hands an answer asked with the old key to a caller using the new one', async () => {
    const { fetch, calls } = heldFetch();
    const oldAnswer = getReport(application, { baseUrl, apiKey: 'old' }, deps(fetch, 'old'), { tabId: 1 });
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    const newAnswer = getReport(application, { baseUrl, apiKey: 'new' }, deps(fetch, 'new'), { tabId: 1 });
    await vi.waitFor(() => expect(calls).toHaveLength(2)); // not shared across accounts
    abortAllRequests(); // the key changed
    expect(calls[0]!.signal.aborted).toBe(true);
    expect(await oldAnswer).toMatchObject({ ok: false });
    expect(await readCache(cacheKey(await accountScope({ baseUrl, apiKey: 'old' }), application))).toBeNull();
    await newAnswer;
  });

  it('keeps a report a tab has just found from eviction while the tab is on its lookup, not after it has moved on', async () => {
    const fetch = vi.fn(async () => Response.json(completedBody({ candidate_summary: 'x'.repeat(MAX_CACHE_BYTES + 1000) })));
    const loading: TabState = { v: 1, tabId: 9, navId: 'n', url: 'https://app.greenhouse.io/people/1', lookups: [application], phase: 'loading', updatedAt: 0 };
    let tabs = [loading];
    keepWhileShown(() => tabs);
    try {
      const found = await getReport(application, { baseUrl, apiKey: 'k' }, deps(fetch), { tabId: 9 });
      expect(found.ok).toBe(true);
      const key = found.ok ? found.cacheKey : '';
      // The tab has not named the report yet (its state is still loading) when a list chip's answer is written.
      await writeCache('a list chip answer', parseOrThrow(completedBody()));
      expect(await readCache(key)).not.toBeNull(); // larger than the whole budget, and still there
      tabs = [{ ...loading, navId: 'next', lookups: [person] }]; // the tab went to another candidate
      await writeCache('another list chip answer', parseOrThrow(completedBody()));
      expect(await readCache(key)).toBeNull(); // the budget applies again
    } finally {
      keepWhileShown(() => []);
    }
  }, 20_000); // megabytes of JSON, slow on a busy machine
});
