import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseReport, type Report } from '../api/schemas';
import { completedBody } from '../api/sample-reports';
import { reportIndexItem, tabStateItem } from '../storage';
import type { Lookup, TabState } from '../tab-state';
import {
  clearCache,
  FIRST_MESSAGES,
  FRESH_MS,
  keepCacheKnowledgeInMemory,
  keepWhileShown,
  headIsFresh,
  headOf,
  leastRecentlyUsed,
  MAX_CACHE_BYTES,
  readCache,
  readHead,
  readKnown,
  SPLIT_OVER,
  writeCache,
  writeMiss,
} from './cache';

function report(extra: Record<string, unknown> = {}): Report {
  const parsed = parseReport(completedBody(extra));
  if (!parsed.ok) throw new Error(parsed.issue);
  return parsed.report;
}

const tab = (fields: Partial<TabState>): TabState => ({
  v: 1,
  tabId: 1,
  navId: 'n',
  url: 'https://app.greenhouse.io/people/1',
  lookups: [],
  phase: 'ready',
  updatedAt: 0,
  ...fields,
});
const showing = (cacheKey: string) => tab({ result: { kind: 'report', cacheKey, lookup: { by: 'response_id', value: '1', source: 'a link' } } });

beforeEach(() => fakeBrowser.reset());

describe('report cache', () => {
  it('round-trips an entry and clears every report on demand', async () => {
    await writeCache('a', report());
    expect((await readCache('a'))?.report).toMatchObject({ score: 82 });
    await clearCache();
    expect(await readCache('a')).toBeNull();
  });

  it('treats pending entries as always stale and completed ones as fresh for five minutes', () => {
    const now = 1_000_000;
    expect(headIsFresh(headOf(report(), now - 60_000), now)).toBe(true);
    expect(headIsFresh(headOf(report(), now - 6 * 60_000), now)).toBe(false);
    const pending = parseReport({ response_id: 1, invite_status: 'Pending' });
    if (!pending.ok) throw new Error();
    expect(headIsFresh(headOf(pending.report, now), now)).toBe(false);
  });

  it('evicts least recently used entries to stay under the byte budget', async () => {
    const big = 'x'.repeat(Math.floor(MAX_CACHE_BYTES / 3));
    await writeCache('one', report({ candidate_summary: big }), 1);
    await writeCache('two', report({ candidate_summary: big }), 2);
    await readCache('one'); // touched: now more recent than "two"
    await writeCache('three', report({ candidate_summary: big }), 3);
    await writeCache('four', report({ candidate_summary: big }), 4);
    expect(await readCache('two')).toBeNull();
    expect(await readCache('four')).not.toBeNull();
    const stored = JSON.stringify(await fakeBrowser.storage.session.get(null)).length;
    expect(stored).toBeLessThan(MAX_CACHE_BYTES * 1.05);
  });

  it('picks eviction victims oldest first and never the entry just written', () => {
    const index: Record<string, [number, number]> = { a: [1, 40], b: [3, 40], c: [2, 40], fresh: [0, 40] };
    expect(leastRecentlyUsed(index, 100, (key) => key === 'fresh')).toEqual(['a', 'c']);
    expect(leastRecentlyUsed({ only: [1, 500] }, 100, (key) => key === 'only')).toEqual([]);
  });

  it("weighs entries in UTF-8 bytes, as the browser's quota does", async () => {
    await writeCache('kana', report({ candidate_summary: 'かな'.repeat(1000) }), 1);
    const index = await reportIndexItem.getValue();
    expect(index.kana![1]).toBeGreaterThan(6000); // 2,000 kana are 6,000 bytes, though only 2,000 characters
  });

  it('keeps a small head next to each report, agreeing with the report on freshness, evicted and cleared with it', async () => {
    const T0 = Date.UTC(2026, 11, 2);
    const expires = Math.floor((T0 + 60_000) / 1000); // a signed PDF link that dies in a minute
    await writeCache('a', report({ pdf_link: `https://files.example/r.pdf?Expires=${expires}&Signature=x` }), T0);
    await writeCache('b', report(), T0);
    const [a, b] = [await readHead('a'), await readHead('b')];
    expect(a).toMatchObject({ v: 1, fetchedAt: T0, linksExpireAt: expires * 1000, summary: { score: 82, status: 'completed', name: 'Jordan Example' } });
    expect(JSON.stringify(a).length).toBeLessThan(600);
    for (const [key, head] of [
      ['a', a!],
      ['b', b!],
    ] as const) {
      const entry = (await readCache(key))!;
      for (const now of [T0, T0 + 4 * 60_000, T0 + 6 * 60_000]) expect(headIsFresh(head, now)).toBe(headIsFresh(headOf(entry.report, entry.fetchedAt), now));
    }
    const big = 'x'.repeat(Math.floor(MAX_CACHE_BYTES / 2));
    await writeCache('c', report({ candidate_summary: big }), T0 + 1);
    await writeCache('d', report({ candidate_summary: big }), T0 + 2);
    // a and b were just read (touched now), so c is the least recently used: evicted with its report.
    expect(await readHead('c')).toBeNull();
    expect(await readCache('c')).toBeNull();
    expect(await readHead('d')).not.toBeNull();
    await clearCache();
    expect(Object.keys(await fakeBrowser.storage.session.get(null)).filter((key) => key.startsWith('head:') || key.startsWith('report:'))).toEqual([]);
  });

  it('reads a cached report, its head or a tab state with one storage read each (no read on defining an item)', async () => {
    await writeCache('a', report());
    const get = vi.spyOn(fakeBrowser.storage.session, 'get');
    const keysRead = () => get.mock.calls.map(([keys]) => JSON.stringify(keys)).filter((keys) => !keys.includes('reportIndex'));
    await readCache('a');
    expect(keysRead()).toEqual(['"report:a"']);
    get.mockClear();
    await readHead('a');
    expect(keysRead()).toEqual(['"head:a"']);
    get.mockClear();
    await tabStateItem(3).getValue();
    tabStateItem(4); // only defined
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(keysRead()).toEqual(['"tab:3"']);
  });

  it('stores a long interview in two parts, reads it back whole, counts both, and leaves no part behind', async () => {
    const conversation = Array.from({ length: 300 }, (_, i) => ({
      role: i % 2 ? 'user' : 'assistant',
      mode: 'default',
      timestamp: 1752400000000 + i * 4000,
      content: `Message ${i}`,
    }));
    await writeCache('long', report({ conversation }));
    const stored = await fakeBrowser.storage.session.get(['report:long', 'conv:long']);
    const first = JSON.parse(stored['report:long'] as string);
    expect(first.report.conversation).toHaveLength(FIRST_MESSAGES);
    expect(first.conversationTotal).toBe(300);
    expect(JSON.parse(stored['conv:long'] as string)).toHaveLength(300);
    expect((await readCache('long'))?.report).toMatchObject({ conversation: expect.arrayContaining([expect.objectContaining({ content: 'Message 299' })]) });
    const bytes = (await reportIndexItem.getValue()).long![1];
    expect(bytes).toBeGreaterThan((stored['report:long'] as string).length + (stored['conv:long'] as string).length - 1);
    // Refreshed as a short report: the old conversation goes.
    await writeCache('long', report());
    expect(await fakeBrowser.storage.session.get('conv:long')).toEqual({});
    await writeCache('long', report({ conversation }));
    await clearCache();
    expect(Object.keys(await fakeBrowser.storage.session.get(null)).filter((key) => /^(report|head|conv):/.test(key))).toEqual([]);
    // A first part whose conversation went missing is no entry at all.
    await writeCache('long', report({ conversation }));
    await fakeBrowser.storage.session.remove('conv:long');
    expect(await readCache('long')).toBeNull();
    expect(conversation.length).toBeGreaterThan(SPLIT_OVER);
  });

  it('never evicts a report an open tab shows, even one larger than the whole budget', async () => {
    const big = 'x'.repeat(MAX_CACHE_BYTES + 1000);
    keepWhileShown(() => [showing('shown')]);
    try {
      await writeCache('shown', report({ candidate_summary: big }), 1);
      await writeCache('chip', report(), 2); // an unrelated write right after (a list chip's answer)
      expect(await readCache('shown')).not.toBeNull();
    } finally {
      keepWhileShown(() => []);
    }
    await writeCache('next', report(), 3);
    expect(await readCache('shown')).toBeNull(); // no longer on screen: the budget applies again
  });

  it("keeps the report of a lookup a loading tab is on, under the tab's account or any other", async () => {
    const big = 'x'.repeat(MAX_CACHE_BYTES + 1000);
    const lookup: Lookup = { by: 'custom_field_id', value: '5123456002', source: 'the Greenhouse application' };
    keepWhileShown(() => [tab({ phase: 'loading', lookups: [lookup] })]);
    try {
      await writeCache('abc123|custom_field_id=5123456002', report({ candidate_summary: big }), 1);
      await writeCache('abc123|custom_field_id=999', report({ candidate_summary: big }), 2);
      await writeCache('chip', report(), 3);
      expect(await readCache('abc123|custom_field_id=5123456002')).not.toBeNull();
      expect(await readCache('abc123|custom_field_id=999')).toBeNull();
    } finally {
      keepWhileShown(() => []);
    }
  }, 20_000); // megabytes of JSON, slow on a busy machine
});

describe('what the worker knows of lookups, in memory', () => {
  beforeEach(() => keepCacheKnowledgeInMemory());

  it('asks storage once per lookup: the next look at the same row costs no read', async () => {
    await writeMiss('row-1');
    await writeCache('row-2', report());
    const get = vi.spyOn(fakeBrowser.storage.session, 'get');
    expect(await readKnown('row-1')).toEqual({ head: null, missing: true });
    expect(await readKnown('row-2')).toMatchObject({ head: { summary: { score: 82 } }, missing: false });
    expect(await readKnown('row-3')).toEqual({ head: null, missing: false });
    expect(get).toHaveBeenCalledTimes(1); // row-3 only: the others were written by this worker
    await readKnown('row-3');
    expect(get).toHaveBeenCalledTimes(1);
  });

  it('a report found replaces "no report"; an old mark is not trusted; clearing forgets everything', async () => {
    const now = Date.now();
    await writeMiss('a', now);
    await writeCache('a', report());
    expect(await readKnown('a')).toMatchObject({ missing: false, head: { summary: { score: 82 } } });
    expect(await fakeBrowser.storage.session.get('miss:a')).toEqual({});
    await writeMiss('b', now - FRESH_MS - 1);
    expect(await readKnown('b', now)).toEqual({ head: null, missing: false });
    await clearCache();
    expect(await readKnown('a')).toEqual({ head: null, missing: false });
  });

  it('keeps what it looks at often: the oldest-used lookup goes first when memory is full', async () => {
    await writeMiss('kept');
    for (let i = 0; i < 1_999; i++) await writeMiss(`row-${i}`);
    await readKnown('kept'); // used again: now the most recent
    await writeMiss('one-more'); // 2,001 lookups: one has to go
    const get = vi.spyOn(fakeBrowser.storage.session, 'get');
    expect(await readKnown('kept')).toEqual({ head: null, missing: true });
    expect(get).not.toHaveBeenCalled();
    await readKnown('row-0'); // the oldest-used one was dropped: storage is asked
    expect(get).toHaveBeenCalledTimes(1);
  });

  it('reads a lookup asked twice at once from storage once, and a write during the read wins', async () => {
    await writeCache('a', report());
    keepCacheKnowledgeInMemory(); // a restarted worker: it has to read
    const read = fakeBrowser.storage.session.get.bind(fakeBrowser.storage.session);
    const get = vi.spyOn(fakeBrowser.storage.session, 'get');
    const [one, two] = await Promise.all([readKnown('a'), readKnown('a')]);
    expect(one).toEqual(two);
    expect(get).toHaveBeenCalledTimes(1);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    get.mockImplementationOnce((async (keys: never) => {
      const answer = await read(keys);
      await gate;
      return answer;
    }) as never);
    const reading = readKnown('b'); // nothing stored yet
    await writeMiss('b');
    release();
    expect(await reading).toEqual({ head: null, missing: false }); // what storage said when asked
    expect(await readKnown('b')).toEqual({ head: null, missing: true }); // the write is what is kept
  });

  it('keeps nothing from a read that a write overtook (an evicted report is never "known")', async () => {
    await writeCache('old', report());
    keepCacheKnowledgeInMemory(); // a restarted worker: it has to read
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const get = fakeBrowser.storage.session.get.bind(fakeBrowser.storage.session);
    vi.spyOn(fakeBrowser.storage.session, 'get').mockImplementationOnce((async (keys: never) => {
      const answer = await get(keys);
      await gate;
      return answer;
    }) as never);
    const reading = readKnown('old');
    await clearCache();
    release();
    expect((await reading).head).not.toBeNull(); // what storage said when asked
    expect(await readKnown('old')).toEqual({ head: null, missing: false }); // but it was not kept
  });
});
