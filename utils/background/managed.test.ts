import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { policyCopyItem } from './secret';
import { GRACE_MS, readManagedArea, RETRY_AT_MS, WAIT_MS } from './managed';
import { keepSettingsInMemory, onSettingsChange, readSettings } from './settings-snapshot';

// Chromium's managed area right after the browser starts: reads that never answer, then (from a
// later attempt on) the admin's policy. Each attempt's answer is scripted here.
function scriptedManaged(answers: ((attempt: number) => Promise<Record<string, unknown>>)[]) {
  let attempt = 0;
  return vi.spyOn(fakeBrowser.storage.managed, 'get').mockImplementation((() => {
    const answer = answers[Math.min(attempt, answers.length - 1)]!;
    return answer(attempt++);
  }) as never);
}
const never = () => new Promise<Record<string, unknown>>(() => undefined);
const after = (ms: number, area: Record<string, unknown>) => () => new Promise<Record<string, unknown>>((resolve) => setTimeout(resolve, ms, area));
// The copy is read from (fake) IndexedDB, which runs on real setImmediate turns, not on the fake clock.
const idle = async () => {
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
};
/** Moves the fake clock to `ms` after the read started (the copy, when read, is let finish first). */
async function clockTo(ms: number, now: { at: number }) {
  if (now.at < GRACE_MS && ms >= GRACE_MS) {
    await vi.advanceTimersByTimeAsync(GRACE_MS - now.at);
    await idle();
    now.at = GRACE_MS;
  }
  await vi.advanceTimersByTimeAsync(ms - now.at);
  await idle();
  now.at = ms;
}

describe('reading the managed area while the browser starts', () => {
  beforeEach(() => {
    // Only timers: fake-indexeddb (the copy's home in tests) runs on setImmediate.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(async () => {
    await idle(); // the copy written after a test's last answer goes to that test's IndexedDB
    vi.clearAllTimers(); // a test's attempts still pending must not answer in the next one
    vi.useRealTimers();
  });

  it('uses a prompt answer as it is, and keeps a copy of it for the next start', async () => {
    scriptedManaged([() => Promise.resolve({ autoOpen: true })]);
    await expect(readManagedArea()).resolves.toEqual({ area: { autoOpen: true } });
    vi.useRealTimers();
    await vi.waitFor(async () => expect(await policyCopyItem.getValue()).toBe('{"autoOpen":true}'));
  });

  it('asks again when the first read never answers, and waits for the policy on a first start (no copy)', async () => {
    const get = scriptedManaged([never, never, after(500, { listScores: false })]);
    const read = readManagedArea();
    let result: Awaited<typeof read> | undefined;
    void read.then((value) => (result = value));
    const now = { at: 0 };
    await clockTo(RETRY_AT_MS[1]! + 499, now);
    expect(result).toBeUndefined(); // no copy to stand in: still waiting, not running without the policy
    await clockTo(RETRY_AT_MS[1]! + 500, now);
    expect(result).toEqual({ area: { listScores: false } });
    expect(get).toHaveBeenCalledTimes(3);
    // Answered: no more attempts.
    await clockTo(120_000, now);
    expect(get).toHaveBeenCalledTimes(3);
  });

  it('lets the last copy stand in after the grace time, and hands over the live policy when it comes', async () => {
    await policyCopyItem.setValue(JSON.stringify({ apiBaseUrl: 'https://xobin.example.com/api/v2', lockedSettings: ['apiBaseUrl'] }));
    scriptedManaged([never, after(2_000, { apiBaseUrl: 'https://xobin.example.com/api/v2', listScores: false })]);
    const read = readManagedArea();
    const now = { at: 0 };
    await clockTo(GRACE_MS, now);
    const { area, late } = await read;
    expect(area).toEqual({ apiBaseUrl: 'https://xobin.example.com/api/v2', lockedSettings: ['apiBaseUrl'] });
    let live: unknown;
    void late!.then((value) => (live = value));
    await clockTo(RETRY_AT_MS[0]! + 1_999, now);
    expect(live).toBeUndefined();
    await clockTo(RETRY_AT_MS[0]! + 2_000, now);
    expect(live).toEqual({ apiBaseUrl: 'https://xobin.example.com/api/v2', listScores: false });
  });

  it('runs without a policy after WAIT_MS when there is neither an answer nor a copy, and still takes the policy later', async () => {
    scriptedManaged([never, never, never, never, never, never, after(0, { autoOpen: true })]); // the 7th attempt, at 15 s
    const read = readManagedArea();
    const now = { at: 0 };
    await clockTo(WAIT_MS, now);
    const { area, late } = await read;
    expect(area).toEqual({});
    let live: unknown;
    void late!.then((value) => (live = value));
    await clockTo(RETRY_AT_MS[5]! + 1, now);
    expect(live).toEqual({ autoOpen: true });
  });

  it('counts a refused read (Firefox, no policy for this add-on) as no policy, at once', async () => {
    scriptedManaged([() => Promise.reject(new Error('Managed storage manifest not found'))]);
    await expect(readManagedArea()).resolves.toEqual({ area: {} });
  });

  it('a worker that started on the copy applies the live policy as a change: listeners hear the keys, reads get the new values', async () => {
    await policyCopyItem.setValue(JSON.stringify({ listScores: true }));
    scriptedManaged([
      never,
      after(1_000, { listScores: false, lockedSettings: ['listScores'] }),
      () => Promise.resolve({ listScores: false, lockedSettings: ['listScores'] }),
    ]);
    keepSettingsInMemory();
    const heard: (readonly string[])[] = [];
    onSettingsChange((change) => heard.push(change.policyKeys));
    const first = readSettings().then((settings) => settings.policy);
    const now = { at: 0 };
    await clockTo(GRACE_MS, now);
    expect((await first).values.listScores).toBe(true);
    expect(heard).toEqual([]);
    await clockTo(RETRY_AT_MS[0]! + 1_000, now);
    expect(heard).toEqual([['listScores', 'lockedSettings']]);
    const { policy: next } = await readSettings();
    expect(next.values.listScores).toBe(false);
    expect(next.locked.has('listScores')).toBe(true);
  });
});
