import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { completedBody, pendingBody } from '../api/sample-reports';
import { adapterById } from '../ats';
import { buildLookups } from '../lookups';
import { listScoresItem, templatesItem } from '../storage';
import { PAGE_LOOKUPS } from './budget';
import { forgetTabLists, listCandidate, listScore, moreListScores, openListCandidate, resetListScores } from './list-scores';
import type { ResolveDeps } from './resolver';
import { readTab } from './tabs';
import { idsFromUrl } from './url-ids';

const baseUrl = 'https://app.xobin.com/api/v2';

function respond(routes: Record<string, () => Response>) {
  return vi.fn(async (url: string | URL | Request) => {
    const id = new URL(String(url)).searchParams.get('custom_field_id') ?? String(url).split('/').pop()!;
    const route = routes[id];
    return route ? route() : new Response('{"message":"Report not found"}', { status: 404 });
  });
}

function deps(fetch: ReturnType<typeof respond>): ResolveDeps {
  return { config: async () => ({ baseUrl, apiKey: 'k' }), client: { fetch: fetch as typeof globalThis.fetch, sleep: async () => undefined } };
}

const link = (application: string, person = '4012345002') => `https://app.greenhouse.io/people/${person}?application_id=${application}`;
const ask = (url: string, load = 'load0001', tabId = 1) => ({ tabId, message: { url, ats: 'greenhouse', load } });

beforeEach(() => {
  fakeBrowser.reset();
  resetListScores();
});

describe('list chips in the worker', () => {
  it('finds the report a profile at the link would find, by the same templates, and answers only the score', async () => {
    const fetch = respond({ '5123456002': () => Response.json(completedBody()) });
    const { tabId, message } = ask(link('5123456002'));
    expect(await listScore(tabId, message, deps(fetch))).toEqual({ kind: 'score', score: 82 });
    const candidate = await listCandidate('greenhouse', message.url);
    const adapter = adapterById('greenhouse')!;
    const profile = buildLookups({ ats: 'greenhouse', ids: idsFromUrl(adapter, message.url)!, responseIds: [] }, adapter);
    expect(candidate?.lookups).toEqual(profile);
  });

  it('uses the recruiter’s templates, falls through not-found, and says "none" when nothing matches', async () => {
    await templatesItem.setValue({ greenhouse: ['GH-{applicationId}'] });
    const fetch = respond({ 'GH-5123456002': () => Response.json(pendingBody({ invite_status: 'Started' })) });
    expect(await listScore(1, ask(link('5123456002')).message, deps(fetch))).toEqual({ kind: 'pending', status: 'Started' });
    expect(await listScore(1, ask(link('5123456099')).message, deps(fetch))).toEqual({ kind: 'none' });
  });

  it('asks once per candidate per page load, however often its row comes on screen', async () => {
    const fetch = respond({ '5123456002': () => Response.json(completedBody()) });
    const { message } = ask(link('5123456002'));
    await Promise.all([listScore(1, message, deps(fetch)), listScore(1, message, deps(fetch))]);
    await listScore(1, message, deps(fetch));
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('reads ids from the link only: a URL that is not a profile, or an ATS whose hosts it is not on, gets nothing', async () => {
    const fetch = respond({});
    expect(await listScore(1, { url: 'https://app.greenhouse.io/plans/4000123002', ats: 'greenhouse', load: 'load0001' }, deps(fetch))).toEqual({
      kind: 'error',
      error: 'not-candidate',
    });
    expect(await listScore(1, { url: link('5123456002'), ats: 'lever', load: 'load0001' }, deps(fetch))).toEqual({ kind: 'error', error: 'not-candidate' });
    expect(fetch).not.toHaveBeenCalled();
  });

  it(`allows ${PAGE_LOOKUPS} candidates per page load, then "limit" until Show more; a new page load starts again`, async () => {
    const fetch = respond({});
    const answers = [];
    for (let i = 0; i < PAGE_LOOKUPS + 2; i++) answers.push(await listScore(1, ask(link(String(6000000000 + i))).message, deps(fetch)));
    expect(answers.filter((answer) => answer.kind === 'none')).toHaveLength(PAGE_LOOKUPS);
    expect(answers.slice(PAGE_LOOKUPS)).toEqual([{ kind: 'limit' }, { kind: 'limit' }]);
    const calls = fetch.mock.calls.length;
    expect(await moreListScores(1, 'load0001')).toEqual({ allowed: 2 * PAGE_LOOKUPS });
    expect(await listScore(1, ask(link('6000000100')).message, deps(fetch))).toEqual({ kind: 'none' });
    expect(fetch.mock.calls.length).toBeGreaterThan(calls);
    // Another tab, or this tab's next page load, has its own allowance.
    expect(await listScore(2, ask(link('6000000200'), 'load0001', 2).message, deps(fetch))).toEqual({ kind: 'none' });
    expect(await listScore(1, ask(link('6000000300'), 'load0002').message, deps(fetch))).toEqual({ kind: 'none' });
  });

  it('spends no allowance on rows whose answer is known: a reloaded list asks the API for nothing and still has its 100 for new rows', async () => {
    const fetch = respond({ '6000000007': () => Response.json(completedBody({ score: 71 })) });
    const rows = Array.from({ length: PAGE_LOOKUPS }, (_, i) => link(String(6000000000 + i)));
    for (const row of rows) await listScore(1, ask(row).message, deps(fetch));
    const calls = fetch.mock.calls.length;
    expect(calls).toBeGreaterThanOrEqual(PAGE_LOOKUPS);
    // The same list, reloaded: every answer from the cache ("no report" too), none counted.
    const again = [];
    for (const row of rows) again.push(await listScore(1, ask(row, 'load0002').message, deps(fetch)));
    expect(fetch.mock.calls.length).toBe(calls);
    expect(again.filter((answer) => answer.kind === 'none')).toHaveLength(PAGE_LOOKUPS - 1);
    expect(again[7]).toEqual({ kind: 'score', score: 71 });
    // So a new row on that page load is still within its allowance.
    expect(await listScore(1, ask(link('6000000999'), 'load0002').message, deps(fetch))).toEqual({ kind: 'none' });
    expect(fetch.mock.calls.length).toBeGreaterThan(calls);
  });

  it('answers "off" and asks nothing when the setting is off', async () => {
    await listScoresItem.setValue(false);
    const fetch = respond({ '5123456002': () => Response.json(completedBody()) });
    expect(await listScore(1, ask(link('5123456002')).message, deps(fetch))).toEqual({ kind: 'off' });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('passes an API failure on as its kind only, and asks again next time', async () => {
    let status = 500;
    const fetch = respond({ '5123456002': () => new Response('{}', { status }) });
    const { message } = ask(link('5123456002'));
    expect(await listScore(1, message, deps(fetch))).toEqual({ kind: 'error', error: 'server' });
    status = 200;
    fetch.mockImplementation(async () => Response.json(completedBody()));
    expect(await listScore(1, message, deps(fetch))).toEqual({ kind: 'score', score: 82 });
  });

  it('a chip click puts that candidate on the tab, with the profile’s lookups and where they came from', async () => {
    const fetch = respond({ '5123456002': () => Response.json(completedBody()) });
    await openListCandidate(3, 'https://app.greenhouse.io/people?job_id=1', { url: link('5123456002'), ats: 'greenhouse' }, deps(fetch));
    const state = await readTab(3);
    expect(state).toMatchObject({ ats: 'greenhouse', phase: 'ready', result: { kind: 'report', lookup: { value: '5123456002' } } });
    expect(state?.lookups[0]?.source).toMatch(/Greenhouse application/);
  });
});

describe('a page load ending', () => {
  it('abandons that page’s lookups still on their way: another page load in the tab, or the tab closing', async () => {
    const signals: AbortSignal[] = [];
    const fetch = vi.fn(
      (_url: string | URL | Request, init?: RequestInit) =>
        new Promise<Response>((_, reject) => {
          signals.push(init!.signal!);
          init!.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }),
    );
    const first = listScore(1, ask(link('5123456002'), 'load0001').message, deps(fetch as never));
    await vi.waitFor(() => expect(signals).toHaveLength(1));
    void listScore(1, ask(link('5123456003'), 'load0002').message, deps(fetch as never));
    expect((await first).kind).toBe('error');
    expect(signals[0]!.aborted).toBe(true);
    await vi.waitFor(() => expect(signals).toHaveLength(2));
    await forgetTabLists(1);
    expect(signals[1]!.aborted).toBe(true);
  });

  it('asks nothing for a message that arrives after its tab closed or its page load was replaced', async () => {
    // A page's last batch can reach the worker after tabs.onRemoved, or after the next page's first
    // message: it must not open a fresh allowance for a page nobody sees (found by a CI run).
    const fetch = respond({ '5123456002': () => Response.json(completedBody()) });
    await listScore(1, ask(link('5123456002'), 'load0001').message, deps(fetch));
    await listScore(1, ask(link('5123456002'), 'load0002').message, deps(fetch));
    const calls = fetch.mock.calls.length;
    expect(await listScore(1, ask(link('5123456003'), 'load0001').message, deps(fetch))).toEqual({ kind: 'error', error: 'offline' });
    // The page that replaced it is not disturbed by the late message.
    expect(await listScore(1, ask(link('5123456002'), 'load0002').message, deps(fetch))).toEqual({ kind: 'score', score: 82 });
    await forgetTabLists(1);
    expect(await listScore(1, ask(link('5123456004'), 'load0002').message, deps(fetch))).toEqual({ kind: 'error', error: 'offline' });
    expect(await listScore(1, ask(link('5123456005'), 'load0003').message, deps(fetch))).toEqual({ kind: 'error', error: 'offline' });
    expect(await moreListScores(1, 'load0003')).toEqual({ allowed: 0 });
    expect(fetch).toHaveBeenCalledTimes(calls);
    // Other tabs are unaffected.
    expect(await listScore(2, ask(link('5123456002'), 'load0009', 2).message, deps(fetch))).toEqual({ kind: 'score', score: 82 });
  });
});
