import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseReport } from '../api/schemas';
import { completedBody } from '../api/sample-reports';
import { recentItem } from '../storage';
import { summarize, type TabState } from '../tab-state';
import { clearCache, writeCache } from './cache';
import { MAX_RECENT, rememberRecent } from './recent';

beforeEach(() => fakeBrowser.reset());

async function seen(responseId: number, name = `Candidate ${responseId}`) {
  await rememberRecent(await readyState(responseId, name));
}

async function readyState(responseId: number, name = `Candidate ${responseId}`): Promise<TabState> {
  const parsed = parseReport(completedBody({ response_id: responseId, candidate_name: name }));
  if (!parsed.ok) throw new Error(parsed.issue);
  await writeCache(`k${responseId}`, parsed.report);
  const state: TabState = {
    v: 1,
    tabId: 1,
    navId: 'n',
    url: `https://app.greenhouse.io/people/${responseId}`,
    atsName: 'Greenhouse',
    lookups: [],
    phase: 'ready',
    result: {
      kind: 'report',
      cacheKey: `k${responseId}`,
      lookup: { by: 'custom_field_id', value: String(responseId), source: 's' },
      summary: summarize(parsed.report),
    },
    updatedAt: 0,
  };
  return state;
}

describe('recent candidates', () => {
  it('keeps the last 20 seen, newest first, without duplicates', async () => {
    for (let id = 1; id <= 25; id++) await seen(id);
    await seen(7);
    const list = await recentItem.getValue();
    expect(list).toHaveLength(MAX_RECENT);
    expect(list.map((item) => item.responseId).slice(0, 3)).toEqual(['7', '25', '24']);
    expect(new Set(list.map((item) => item.responseId)).size).toBe(MAX_RECENT);
    expect(list[0]).toMatchObject({ name: 'Candidate 7', score: 82, atsName: 'Greenhouse', status: 'completed' });
  });

  it('does not list a report reached only through a link that nothing ties to the profile, unless the recruiter confirmed it', async () => {
    const state = await readyState(979561, 'Riley Sample');
    const linked: TabState = {
      ...state,
      emails: ['sam.placeholder@example.com'],
      result: state.result?.kind === 'report' ? { ...state.result, lookup: { by: 'response_id', value: '979561', source: 'link' } } : state.result,
    };
    await rememberRecent(linked);
    expect(await recentItem.getValue()).toEqual([]);
    await rememberRecent({ ...linked, confirmed: '979561' });
    expect((await recentItem.getValue()).map((item) => item.responseId)).toEqual(['979561']);
  });

  it('loses no candidate when several tabs finish at the same time', async () => {
    const states = await Promise.all([1, 2, 3, 4, 5, 6].map((id) => readyState(id)));
    await Promise.all(states.map((state) => rememberRecent(state)));
    expect((await recentItem.getValue()).map((item) => item.responseId).sort()).toEqual(['1', '2', '3', '4', '5', '6']);
  });

  it('ignores states without a report and is cleared with the cache', async () => {
    await rememberRecent({ v: 1, tabId: 1, navId: 'n', url: '', lookups: [], phase: 'loading', updatedAt: 0 });
    expect(await recentItem.getValue()).toEqual([]);
    await seen(1);
    await clearCache();
    expect(await recentItem.getValue()).toEqual([]);
  });
});
