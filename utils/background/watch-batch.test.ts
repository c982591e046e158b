import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { completedBody, pendingBody } from '../api/sample-reports';
import { watchedItem } from '../storage';
import type { ReportSummary } from '../tab-state';
import { createQueue } from './queue';
import { checkWatched, queuedCheck, readWatched, watchFromTab, watchReport } from './watch';
import { viewed } from './watch-fixtures';

// Issue 23 item 5: watched reports of one AI interview are re-checked with one GET /invited request,
// and only a report whose row says Completed is fetched. Real queue and API client, fetch stubbed:
// every request the worker would send is counted here.

const T0 = Date.UTC(2026, 0, 10);
const INTERVIEW = '31877';
const IDS = ['990001', '990002', '990003', '990004', '990005'];
const config = async () => ({ baseUrl: 'https://app.xobin.com/api/v2', apiKey: 'test-key' });

/** What Xobin has: response id -> invite status; the invited answer can be replaced per test. */
let statuses: Record<string, string>;
let invitedAnswer: (() => Response) | undefined;
let fetchMock: ReturnType<typeof vi.fn<(url: string) => Promise<Response>>>;

const invitedRows = () =>
  Object.entries(statuses).map(([responseId, status]) => ({
    ai_interview_id: Number(INTERVIEW),
    candidate_id: Number(responseId) + 230000,
    invite_status: status,
    last_updated_at: 'Fri, 11 Jul 2025 05:25:53 GMT',
    response_id: Number(responseId),
  }));

beforeEach(() => {
  fakeBrowser.reset();
  statuses = Object.fromEntries(IDS.map((id) => [id, 'Pending']));
  invitedAnswer = undefined;
  fetchMock = vi.fn(async (url: string) => {
    const { pathname } = new URL(url);
    if (pathname.endsWith(`/ai-interviews/invited/${INTERVIEW}`)) return invitedAnswer?.() ?? Response.json(invitedRows());
    const responseId = /\/ai-interviews\/report\/(\d+)$/.exec(pathname)?.[1] ?? '';
    const status = statuses[responseId];
    if (!status) return Response.json({ message: 'Report not found' }, { status: 404 });
    const base = { response_id: Number(responseId), ai_interview_id: Number(INTERVIEW), candidate_name: `Candidate ${responseId}` };
    return Response.json(status === 'Completed' ? completedBody({ ...base, score: 81 }) : pendingBody({ ...base, invite_status: status }));
  });
});

const checks = () => queuedCheck(config, createQueue({ fetch: () => fetchMock as unknown as typeof fetch }));
const requests = () => fetchMock.mock.calls.map(([url]) => new URL(url).pathname.replace('/api/v2/ai-interviews/', ''));
/** `null`: watched without an interview id, as entries stored before them. */
const watchAll = async (ids: readonly string[], aiInterviewId: string | null = INTERVIEW) => {
  for (const responseId of ids)
    await watchReport({ responseId, lookup: { by: 'response_id', value: responseId }, ...(aiInterviewId ? { aiInterviewId } : {}) }, T0);
};
const notified = async () => Object.keys(await fakeBrowser.notifications.getAll());
const watchedIds = async () => (await readWatched()).map((entry) => entry.responseId);

describe('a round over reports of one AI interview', () => {
  it('5 watched, 1 completed: 1 invited request and 1 report request; the completed one notifies and leaves', async () => {
    await watchAll(IDS);
    statuses['990003'] = 'Completed';
    statuses['990004'] = 'Started';
    await checkWatched(checks(), T0 + 1);
    expect(requests()).toEqual([`invited/${INTERVIEW}`, 'report/990003']);
    expect(await notified()).toEqual(['watch:990003']);
    expect(await watchedIds()).toEqual(['990001', '990002', '990004', '990005']);
  });

  it('none completed: the one invited request is the whole round', async () => {
    await watchAll(IDS);
    await checkWatched(checks(), T0 + 1);
    expect(requests()).toEqual([`invited/${INTERVIEW}`]);
    expect(await watchedIds()).toEqual(IDS);
  });

  it.each([
    ['fails', () => new Response('{"error":"boom"}', { status: 500 })],
    ['is not a list', () => Response.json({ rows: [] })],
    ['is not JSON', () => new Response('<html>', { status: 200 })],
  ])('when the invited call %s, every report is checked as before and the completion is not lost', async (_case, answer) => {
    await watchAll(IDS);
    statuses['990002'] = 'Completed';
    invitedAnswer = answer;
    await checkWatched(checks(), T0 + 1);
    expect(requests().filter((path) => path.startsWith('invited/'))).toHaveLength(1);
    expect(
      requests()
        .filter((path) => path.startsWith('report/'))
        .sort(),
    ).toEqual(IDS.map((id) => `report/${id}`));
    expect(await notified()).toEqual(['watch:990002']);
    expect(await watchedIds()).toEqual(IDS.filter((id) => id !== '990002'));
  });

  it('ignores malformed rows and rows of another interview; a report the list does not show is checked by itself', async () => {
    await watchAll(IDS.slice(0, 3));
    statuses['990002'] = 'Completed';
    invitedAnswer = () =>
      Response.json([
        { response_id: 990001, invite_status: 'Pending', ai_interview_id: 31877 },
        { response_id: 990002, invite_status: 'Completed', ai_interview_id: 31902 }, // not this interview's row
        { response_id: 990002, ai_interview_id: 31877 }, // no status: unreadable
        { response_id: 'abc', invite_status: 'Completed' },
        'Completed',
      ]);
    await checkWatched(checks(), T0 + 1);
    // 990001 is said Pending; 990002 and 990003 have no readable row of this interview.
    expect(requests()).toEqual([`invited/${INTERVIEW}`, 'report/990002', 'report/990003']);
    expect(await notified()).toEqual(['watch:990002']);
  });

  it('a report alone in its interview, or without an interview id, is checked by itself', async () => {
    await watchAll(['990001']);
    await watchAll(['990002', '990003'], null);
    await checkWatched(checks(), T0 + 1);
    expect(requests().sort()).toEqual(['report/990001', 'report/990002', 'report/990003']);
  });

  it('a report Xobin no longer lists, and no longer has, is dropped by its own 404', async () => {
    await watchAll(IDS.slice(0, 2));
    delete statuses['990002'];
    await checkWatched(checks(), T0 + 1);
    expect(requests()).toEqual([`invited/${INTERVIEW}`, 'report/990002']);
    expect(await watchedIds()).toEqual(['990001']);
  });
});

describe('the interview id in the signed list', () => {
  const pending = (responseId: string, aiInterviewId?: string): ReportSummary => ({
    responseId,
    status: 'pending',
    inviteStatus: 'Pending',
    ...(aiInterviewId ? { aiInterviewId } : {}),
  });

  it('comes from the report on screen and is signed; a report shown without one is checked alone', async () => {
    await watchFromTab(viewed(pending('990001', INTERVIEW)), T0);
    await watchFromTab(viewed(pending('990002', INTERVIEW)), T0);
    await watchFromTab(viewed(pending('990003')), T0);
    await watchFromTab(viewed(pending('990004', '1'.repeat(16))), T0); // not an id the list keeps
    expect((await readWatched()).map(({ responseId, aiInterviewId }) => [responseId, aiInterviewId])).toEqual([
      ['990001', INTERVIEW],
      ['990002', INTERVIEW],
      ['990003', undefined],
      ['990004', undefined],
    ]);
    await checkWatched(checks(), T0 + 10);
    expect(requests().sort()).toEqual([`invited/${INTERVIEW}`, 'report/990003', 'report/990004']);
  });

  it('a planted or changed interview id is refused: the entry is dropped and no interview of a page’s choosing is listed', async () => {
    await watchAll(['990001', '990002']);
    await watchAll(['990003'], null);
    const [first, second, third] = await watchedItem.getValue();
    const planted = { responseId: '990009', lookup: { by: 'response_id' as const, value: '990009' }, addedAt: T0, aiInterviewId: '4242' };
    await watchedItem.setValue([
      { ...first!, aiInterviewId: '4242' }, // signed for 31877
      { ...third!, aiInterviewId: '4242' }, // signed without an interview
      { ...planted, mac: second!.mac },
      planted,
      second!,
    ]);
    expect(await watchedIds()).toEqual(['990002']);
    await checkWatched(checks(), T0 + 1);
    expect(requests()).toEqual(['report/990002']);
  });

  it('a list stored before interview ids (version 1) still verifies and is checked report by report', async () => {
    await watchAll(['990001', '990002'], null);
    const [one, two] = await watchedItem.getValue();
    // As version 1 left it: no version record, no interview ids (one planted into it is not kept).
    await fakeBrowser.storage.local.clear();
    await fakeBrowser.storage.local.set({ watched: [one, { ...two!, aiInterviewId: INTERVIEW }] });
    expect(await readWatched()).toEqual([one, two]);
    statuses['990002'] = 'Completed';
    await checkWatched(checks(), T0 + 1);
    expect(requests().sort()).toEqual(['report/990001', 'report/990002']);
    expect(await notified()).toEqual(['watch:990002']);
    expect(await fakeBrowser.storage.local.get(['watched', 'watched$'])).toEqual({ watched: [one], watched$: { v: 2 } });
  });
});
