import { afterAll, beforeAll, expect, it } from 'vitest';
import { AI_INTERVIEWS } from '../scripts/mock-xobin/server.mjs';
import {
  errorPanel,
  openPanelFromLauncher,
  recordNotifications,
  openProfile,
  panelClickButton,
  panelFill,
  setExtensionStorage,
  startHarness,
  waitFor,
  waitForBadge,
  waitForPanel,
  type Harness,
} from './helpers';

// Issue 23 item 5: three candidates invited to one AI interview are watched; when one completes, a
// watch round asks Xobin once for the interview's invitees (GET /invited) and fetches only the
// report that completed. Real alarms (fired early, as in watch.e2e.ts), the real notification.

const INTERVIEW = AI_INTERVIEWS[0]!;
// Greenhouse profiles without a report until invited; the interview kit shows no email, the others do.
const PROFILES = [
  { url: 'https://app.eu.greenhouse.io/people/4012345014/applications/5123456014', name: 'Kendall Eurohouse' },
  { url: 'https://acme.greenhouse.io/people/4012345011?application_id=5123456011', name: 'Emerson Subdomain' },
  {
    url: 'https://app.greenhouse.io/guides/7012345001/people/4012345012?application_id=5123456012',
    name: 'Hayden Kitperson',
    email: 'hayden.kitperson@example.com',
  },
];

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  await setExtensionStorage(h, { aiInterviews: [{ id: INTERVIEW.id, name: INTERVIEW.name }] });
});
afterAll(() => h?.close());

type Watched = { responseId: string; aiInterviewId?: string };
const watched = async () => ((await h.ext.serviceWorker.evaluate(() => chrome.storage.local.get('watched'))).watched ?? []) as Watched[];

async function invite(profile: (typeof PROFILES)[number]): Promise<void> {
  const { page, tabId } = await openProfile(h, profile.url);
  await waitForBadge(h, tabId, '?');
  await openPanelFromLauncher(h, page);
  await waitForPanel(h, errorPanel('not-found', 'Invite to AI Interview'));
  await panelClickButton(h, 'Invite to AI Interview');
  await panelFill(h, 'Candidate name', profile.name);
  if (profile.email) await panelFill(h, 'Candidate email', profile.email);
  await panelClickButton(h, 'Send invite');
  await waitForBadge(h, tabId, 'P');
  await page.close();
}

it('three invited to one interview are watched; when one completes, a round costs 1 invited request and 1 report request', async () => {
  for (const profile of PROFILES) await invite(profile);
  const ids = h.mock.invited().map((report) => String(report.response_id));
  expect(ids).toHaveLength(3);
  await waitFor(async () => (await watched()).length === 3, { message: 'the three invited candidates to be watched' });
  expect((await watched()).map(({ responseId, aiInterviewId }) => [responseId, aiInterviewId])).toEqual(ids.map((id) => [id, String(INTERVIEW.id)]));

  // The second candidate finishes on Xobin.
  const done = ids[1]!;
  h.mock.completeInterview(done, { score: 84 });
  const created = await recordNotifications(h);
  const firedAt = Date.now();
  await h.ext.serviceWorker.evaluate(() => chrome.alarms.create('watch-pending', { when: Date.now() + 500 }));

  await waitFor(async () => Object.keys(await h.ext.serviceWorker.evaluate(() => chrome.notifications.getAll())).includes(`watch:${done}`), {
    timeoutMs: 15_000,
    message: 'a system notification for the completed report',
  });
  expect(await created()).toEqual([
    [`watch:${done}`, expect.objectContaining({ title: 'AI interview completed', message: 'Emerson Subdomain completed the AI interview: 84' })],
  ]);
  await waitFor(async () => (await watched()).length === 2, { message: 'the completed report to leave the list' });
  expect((await watched()).map((entry) => entry.responseId)).toEqual([ids[0], ids[2]]);

  const round = h.mock.requests.filter((request) => request.host === 'app.xobin.com' && request.path.startsWith('/api/v2/') && request.at >= firedAt);
  expect(round.map((request) => [request.method, request.path, request.status])).toEqual([
    ['GET', `/api/v2/ai-interviews/invited/${INTERVIEW.id}`, 200],
    ['GET', `/api/v2/ai-interviews/report/${done}`, 200],
  ]);
});
