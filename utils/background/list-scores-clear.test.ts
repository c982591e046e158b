import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { completedBody } from '../api/sample-reports';
import type { ChipResult } from '../messages';
import { HEAD_KEY_PREFIX, MISS_KEY_PREFIX, recentItem, REPORT_KEY_PREFIX, sessionKeys } from '../storage';
import type { TabState } from '../tab-state';
import { clearCache } from './cache';
import { listScore, resetListScores } from './list-scores';
import { clearReportData } from './privacy';
import { createQueue } from './queue';
import { rememberRecent } from './recent';
import { abortAllRequests, type ResolveDeps } from './resolver';

// Issue 21, item 4: list chips' answers and requests belong to one account and one generation of
// report data; a key change, the key's removal or "Clear all report data" leaves none behind.

const baseUrl = 'https://app.xobin.com/api/v2';
const link = (application: string) => `https://app.greenhouse.io/people/4012345002?application_id=${application}`;
const chip = (application: string) => ({ url: link(application), ats: 'greenhouse', load: 'load0001' });
const cacheKeys = async () => (await Promise.all([REPORT_KEY_PREFIX, HEAD_KEY_PREFIX, MISS_KEY_PREFIX].map(sessionKeys))).flat();

beforeEach(() => {
  fakeBrowser.reset();
  resetListScores();
  abortAllRequests();
});

describe('list chips across accounts and clears', () => {
  it('gives no remembered answer after a key change, and none without a key', async () => {
    let apiKey = 'k';
    const fetch = vi.fn(async () => Response.json(completedBody()));
    const deps: ResolveDeps = { config: async () => ({ baseUrl, apiKey }), client: { fetch, sleep: async () => undefined } };
    expect(await listScore(1, chip('5123456002'), deps)).toEqual({ kind: 'score', score: 82 });
    apiKey = 'other-account';
    expect(await listScore(1, chip('5123456002'), deps)).toEqual({ kind: 'score', score: 82 });
    expect(fetch).toHaveBeenCalledTimes(2); // asked again, with the key in force
    apiKey = '';
    expect(await listScore(1, chip('5123456002'), deps)).toEqual({ kind: 'error', error: 'no-key' });
  });

  it('Clear all report data: queued chip lookups never go out, none refills the cache, and the page’s answers are forgotten', async () => {
    const held: (() => void)[] = [];
    const fetch = vi.fn(async (url: string | URL | Request) => {
      const id = new URL(String(url)).searchParams.get('custom_field_id');
      if (id === '5123456002') return Response.json(completedBody());
      await new Promise<void>((resolve) => held.push(resolve));
      return new Response('{"message":"Report not found"}', { status: 404 });
    });
    const queue = createQueue({ limit: 1, fetch: () => fetch as typeof globalThis.fetch });
    const deps: ResolveDeps = { config: async () => ({ baseUrl, apiKey: 'k' }), client: { fetch: queue.fetchFor('list'), sleep: async () => undefined } };
    expect(await listScore(1, chip('5123456002'), deps)).toEqual({ kind: 'score', score: 82 });
    const calls = fetch.mock.calls.length;
    const chips: Promise<ChipResult>[] = [];
    for (let i = 0; i < 5; i++) chips.push(listScore(1, chip(String(6000000000 + i)), deps));
    await vi.waitFor(() => expect(held).toHaveLength(1)); // one out, four waiting in the queue
    await clearReportData();
    for (const release of held) release();
    await Promise.all(chips);
    expect(fetch).toHaveBeenCalledTimes(calls + 1);
    expect(queue.waiting()).toBe(0);
    expect(await cacheKeys()).toEqual([]);
    // The chip answered before the clear asks again (its report is gone from the cache too).
    expect(await listScore(1, chip('5123456002'), deps)).toEqual({ kind: 'score', score: 82 });
    expect(fetch).toHaveBeenCalledTimes(calls + 2);
  });
});

describe('the recent list and a clear', () => {
  it('a candidate remembered while the clear runs does not come back after it', async () => {
    const state: TabState = {
      v: 1,
      tabId: 1,
      navId: 'n',
      url: 'https://app.greenhouse.io/people/1',
      lookups: [],
      phase: 'ready',
      result: {
        kind: 'report',
        cacheKey: 'c',
        lookup: { by: 'response_id', value: '979554', source: 'x' },
        summary: { responseId: '979554', status: 'completed', score: 82, interview: 'Interview', inviteStatus: 'Completed' },
      },
      updatedAt: 0,
    } as TabState;
    // The write reads the list first; that read is slow here, so the clear happens in between.
    const read = recentItem.getValue.bind(recentItem);
    vi.spyOn(recentItem, 'getValue').mockImplementation(() => new Promise((resolve) => setTimeout(() => resolve(read()), 50)));
    const remembered = rememberRecent(state);
    const cleared = clearCache();
    await Promise.all([remembered, cleared]);
    expect(await recentItem.getValue()).toEqual([]);
  });
});
