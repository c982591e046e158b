import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { notifyCompletedItem, watchedItem } from '../storage';
import type { ReportSummary, TabState } from '../tab-state';
import { checkWatched, type Checks, MAX_WATCHED, onNotificationClicked, readWatched, WATCH_ALARM, WATCH_MAX_AGE_MS, watchFromTab, type Check } from './watch';
import { viewed } from './watch-fixtures';

beforeEach(() => fakeBrowser.reset());

const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.UTC(2026, 0, 10);

function summary(responseId: string, status: 'pending' | 'completed', extra: Partial<ReportSummary> = {}): ReportSummary {
  return { responseId, status, inviteStatus: status === 'completed' ? 'Completed' : 'Pending', ...extra };
}

const completedCheck =
  (scores: Record<string, number>): Check =>
  async (responseId) =>
    responseId in scores
      ? { ok: true, summary: summary(responseId, 'completed', { name: `Candidate ${responseId}`, score: scores[responseId] }) }
      : { ok: true, summary: summary(responseId, 'pending') };

// Entries without an interview id (as here) are checked one report each; the invited call is never made.
const only = (check: Check): Checks => ({ report: check, invited: () => Promise.reject(new Error('no invited request expected')) });

describe('watching pending reports', () => {
  it('keeps only ids (response id, the lookup, when) for a pending report on screen, and sets the 10-minute alarm', async () => {
    await watchFromTab(viewed(summary('979562', 'pending', { name: 'Casey Pending', interview: 'Backend' })), T0);
    expect(await watchedItem.getValue()).toEqual([
      { responseId: '979562', lookup: { by: 'custom_field_id', value: 'cf-979562' }, addedAt: T0, mac: expect.stringMatching(/^[0-9a-f]{64}$/) },
    ]);
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toMatch(/Casey|Backend/);
    expect(await fakeBrowser.alarms.get(WATCH_ALARM)).toMatchObject({ periodInMinutes: 10 });
  });

  it('does not add a report twice, and forgets it once it is seen completed', async () => {
    await watchFromTab(viewed(summary('1', 'pending')), T0);
    await watchFromTab(viewed(summary('1', 'pending')), T0 + 5);
    expect((await readWatched()).map((entry) => entry.addedAt)).toEqual([T0]);
    await watchFromTab(viewed(summary('1', 'completed', { score: 70 })), T0 + 10);
    expect(await readWatched()).toEqual([]);
  });

  it(`watches at most ${MAX_WATCHED}, dropping the oldest`, async () => {
    for (let id = 1; id <= MAX_WATCHED + 3; id++) await watchFromTab(viewed(summary(String(id), 'pending')), T0 + id);
    const ids = (await readWatched()).map((entry) => entry.responseId);
    expect(ids).toHaveLength(MAX_WATCHED);
    expect(ids[0]).toBe('4');
    expect(ids.at(-1)).toBe(String(MAX_WATCHED + 3));
  });

  it("does not watch someone else's pending interview reached through a planted link, unless the recruiter confirmed it", async () => {
    const base = viewed(summary('979563', 'pending', { email: 'sam.placeholder@example.com' }));
    const linked: TabState = {
      ...base,
      emails: ['riley.sample@example.com'],
      result: base.result?.kind === 'report' ? { ...base.result, lookup: { by: 'response_id', value: '979563', source: 'link' } } : base.result,
    };
    await watchFromTab(linked, T0);
    expect(await readWatched()).toEqual([]);
    await watchFromTab({ ...linked, confirmed: '979563' }, T0);
    expect((await readWatched()).map((entry) => entry.responseId)).toEqual(['979563']);
  });

  it('with the setting off, nothing is watched', async () => {
    await notifyCompletedItem.setValue(false);
    await watchFromTab(viewed(summary('1', 'pending')), T0);
    expect(await readWatched()).toEqual([]);
    expect(await fakeBrowser.alarms.get(WATCH_ALARM)).toBeUndefined();
  });

  it('drops stored entries that are not ids', async () => {
    await watchFromTab(viewed(summary('2', 'pending')), T0);
    const [signed] = await watchedItem.getValue();
    await watchedItem.setValue([{ ...signed!, responseId: 'Jordan Example' }, signed!]);
    expect((await readWatched()).map((entry) => entry.responseId)).toEqual(['2']);
  });

  it('drops entries the worker did not sign (a Firefox content script can write storage.local) or that were altered, and never checks them', async () => {
    await watchFromTab(viewed(summary('2', 'pending')), T0);
    const [signed] = await watchedItem.getValue();
    const planted = { responseId: '979001', lookup: { by: 'response_id' as const, value: '979001' }, addedAt: T0 };
    await watchedItem.setValue([planted, { ...planted, responseId: '979002', mac: 'f'.repeat(64) }, { ...signed!, responseId: '979003' }, signed!]);
    expect((await readWatched()).map((entry) => entry.responseId)).toEqual(['2']);
    const check = vi.fn(completedCheck({}));
    await checkWatched(only(check), T0 + 1);
    expect(check.mock.calls.map(([id]) => id)).toEqual(['2']);
    expect((await watchedItem.getValue()).map((entry) => entry.responseId)).toEqual(['2']);
  });
});

describe('an alarm round', () => {
  it('notifies for a report that completed, with the name and score from the fresh report, and stops watching it', async () => {
    await watchFromTab(viewed(summary('979554', 'pending')), T0);
    await watchFromTab(viewed(summary('979562', 'pending')), T0);
    await checkWatched(only(completedCheck({ '979554': 82 })), T0 + DAY);
    expect(await fakeBrowser.notifications.getAll()).toEqual({
      'watch:979554': {
        type: 'basic',
        iconUrl: 'chrome-extension://test-extension-id/icon/128.png',
        title: 'AI interview completed',
        message: 'Candidate 979554 completed the AI interview: 82',
      },
    });
    expect((await readWatched()).map((entry) => entry.responseId)).toEqual(['979562']);
    expect(await fakeBrowser.alarms.get(WATCH_ALARM)).toBeDefined();
  });

  it('drops reports after 14 days unchecked, and clears the alarm once nothing is left', async () => {
    await watchFromTab(viewed(summary('1', 'pending')), T0);
    const check = vi.fn(completedCheck({}));
    await checkWatched(only(check), T0 + WATCH_MAX_AGE_MS - 1);
    expect(check).toHaveBeenCalledTimes(1);
    expect(await readWatched()).toHaveLength(1);
    await checkWatched(only(check), T0 + WATCH_MAX_AGE_MS);
    expect(check).toHaveBeenCalledTimes(1);
    expect(await readWatched()).toEqual([]);
    expect(await fakeBrowser.alarms.get(WATCH_ALARM)).toBeUndefined();
  });

  it('keeps a report the check could not reach, drops one Xobin no longer has', async () => {
    await watchFromTab(viewed(summary('1', 'pending')), T0);
    await watchFromTab(viewed(summary('2', 'pending')), T0);
    await checkWatched(
      only(async (id) => ({ ok: false, error: { kind: id === '1' ? 'offline' : 'not-found' } })),
      T0 + 1,
    );
    expect((await readWatched()).map((entry) => entry.responseId)).toEqual(['1']);
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('with the setting turned off, checks nothing and forgets the list', async () => {
    await watchFromTab(viewed(summary('1', 'pending')), T0);
    await notifyCompletedItem.setValue(false);
    const check = vi.fn(completedCheck({ '1': 90 }));
    await checkWatched(only(check), T0 + 1);
    expect(check).not.toHaveBeenCalled();
    expect(await readWatched()).toEqual([]);
  });
});

describe('clicking the notification', () => {
  it('opens the report in a tab and closes the notification', async () => {
    await fakeBrowser.notifications.create('watch:979554', { type: 'basic', iconUrl: '', title: 't', message: 'm' });
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await onNotificationClicked('watch:979554');
    expect(create).toHaveBeenCalledWith({ url: 'chrome-extension://test-extension-id/sidepanel.html?responseId=979554' });
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('ignores notifications that are not ours or carry no numeric id', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await onNotificationClicked('other:1');
    await onNotificationClicked('watch:javascript:alert(1)');
    expect(create).not.toHaveBeenCalled();
  });
});
