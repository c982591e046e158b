import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launchWithExtension, type LaunchedExtension } from '../scripts/lib/browser.mjs';
import { sampleReport, SAMPLE_IDS } from '../scripts/mock-xobin/server.mjs';
import { API_KEY, apiCalls, setApiKey, recordNotifications, setExtensionStorage, startHarness, waitFor, waitForBadge, type Harness } from './helpers';
import { readyProfile } from './panel-helpers';

// "Tell me when it is done": a pending report the recruiter saw is re-checked by the real alarms
// API and a real system notification says it completed. The alarm is set to fire in a moment
// instead of 10 minutes, through the same chrome.alarms the product schedules it with.

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

const CASEY = SAMPLE_IDS.casey.responseId;
const SAM = SAMPLE_IDS.sam.responseId;

type Local = Record<string, unknown>;
const localStorage = () => h.ext.serviceWorker.evaluate(() => chrome.storage.local.get(null)) as Promise<Local>;
const watchedIds = async () => (((await localStorage()).watched ?? []) as Array<{ responseId: string }>).map((entry) => entry.responseId);
const alarm = () => h.ext.serviceWorker.evaluate(() => chrome.alarms.get('watch-pending').then((found) => found ?? null));

it('a pending report that completes raises a notification with the fresh name and score; only ids were stored', async () => {
  const { page } = await readyProfile(h, 'casey', 'P');
  await waitFor(async () => (await watchedIds()).includes(CASEY), { message: 'the pending report to be watched' });

  // Ids only: the response id, the lookup that found it, when, and the AI interview's id (rounds ask
  // about one interview's reports together). No name, email, interview name or status.
  const stored = await localStorage();
  expect(stored.watched).toEqual([
    {
      responseId: CASEY,
      lookup: { by: 'custom_field_id', value: SAMPLE_IDS.casey.customFieldId },
      addedAt: expect.any(Number),
      aiInterviewId: '31877',
      mac: expect.stringMatching(/^[0-9a-f]{64}$/),
    },
  ]);
  expect(JSON.stringify(stored)).not.toMatch(/Casey|casey\.pending|Pending/);
  expect(await alarm()).toMatchObject({ periodInMinutes: 10 });
  await page.close();

  // On Xobin the interview is now done.
  const completed = {
    ...sampleReport(979554),
    response_id: Number(CASEY),
    candidate_name: 'Casey Pending',
    candidate_email: 'casey.pending@example.com',
    score: 82,
  };
  h.mock.scenario(`response_id=${CASEY}`, [{ status: 200, body: completed }]);

  const created = await recordNotifications(h);
  const firedAt = Date.now();
  await h.ext.serviceWorker.evaluate(() => chrome.alarms.create('watch-pending', { when: Date.now() + 500 }));

  const shown = await waitFor(async () => Object.keys(await h.ext.serviceWorker.evaluate(() => chrome.notifications.getAll())).includes(`watch:${CASEY}`), {
    timeoutMs: 15_000,
    message: 'a system notification for the completed report',
  }).then(() => created());
  expect(shown).toEqual([
    [
      `watch:${CASEY}`,
      {
        type: 'basic',
        iconUrl: `chrome-extension://${h.ext.extensionId}/icon/128.png`,
        title: 'AI interview completed',
        message: 'Casey Pending completed the AI interview: 82',
      },
    ],
  ]);
  const checks = apiCalls(h.mock, `response_id=${CASEY}`).filter((call) => call.at >= firedAt);
  expect(checks.map((call) => call.status)).toEqual([200]);

  // Completed: no longer watched, and with nothing left the alarm is gone.
  await waitFor(async () => (await watchedIds()).length === 0 && (await alarm()) === null, { message: 'the list and the alarm to be cleared' });
});

it('turning the setting off forgets the watched list, and then nothing pending is watched', async () => {
  const first = await readyProfile(h, 'sam', 'P');
  await waitFor(async () => (await watchedIds()).includes(SAM), { message: 'Sam to be watched' });
  await setExtensionStorage(h, { notifyCompleted: false });
  await waitFor(async () => (await watchedIds()).length === 0 && (await alarm()) === null, { message: 'the list to be forgotten' });

  await first.page.reload();
  await waitForBadge(h, first.tabId, 'P');
  const again = await readyProfile(h, 'casey', 'P');
  await again.page.close();
  expect(await watchedIds()).toEqual([]);
  expect(await alarm()).toBeNull();
  await setExtensionStorage(h, { notifyCompleted: true });
});

it('the watched list and its alarm survive a browser restart', async () => {
  const profile = await mkdtemp(join(tmpdir(), 'xobin-watch-profile-'));
  const launch = () => launchWithExtension({ extensionDir: inject('extensionDir'), mockPort: h.mock.port, userDataDir: profile });
  let ext: LaunchedExtension | undefined;
  try {
    ext = await launch();
    await setApiKey(ext.serviceWorker, API_KEY);
    const page = await ext.context.newPage();
    await page.goto('https://app.greenhouse.io/people/4012345004');
    const worker = ext.serviceWorker;
    const ids = async () =>
      (((await worker.evaluate(() => chrome.storage.local.get('watched'))).watched ?? []) as Array<{ responseId: string }>).map((e) => e.responseId);
    await waitFor(async () => (await ids()).includes(SAM), { message: 'Sam to be watched before the restart' });
    await ext.close();

    ext = await launch();
    const after = ext.serviceWorker;
    expect(((await after.evaluate(() => chrome.storage.local.get('watched'))).watched as Array<{ responseId: string }>).map((e) => e.responseId)).toEqual([
      SAM,
    ]);
    await waitFor(async () => (await after.evaluate(() => chrome.alarms.get('watch-pending').then((found) => found?.periodInMinutes ?? 0))) === 10, {
      message: 'the 10-minute alarm to be there after the restart',
    });
  } finally {
    await ext?.close();
    await rm(profile, { recursive: true, force: true });
  }
});
