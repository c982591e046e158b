import { afterAll, beforeAll, expect, it } from 'vitest';
import { AI_INTERVIEWS } from '../scripts/mock-xobin/server.mjs';
import {
  CANDIDATES,
  errorPanel,
  holdsFor,
  openPanelFromLauncher,
  openProfile,
  panelClickButton,
  panelFill,
  setExtensionStorage,
  startHarness,
  waitForBadge,
  waitForPanel,
  badgeText,
  type Harness,
} from './helpers';

// Issue 23: inviting from a profile with no report, in real Chromium against the mock API. The
// Greenhouse EU profile (application 5123456014, Kendall Eurohouse) has no report until invited.

const KENDALL = 'https://app.eu.greenhouse.io/people/4012345014/applications/5123456014';
const INTERVIEW = AI_INTERVIEWS[0]!;
let h: Harness;

const invitePosts = () => h.mock.requests.filter((request) => request.method === 'POST' && request.path === '/api/v2/ai-interviews/invite');

beforeAll(async () => {
  h = await startHarness();
  await setExtensionStorage(h, { aiInterviews: [{ id: INTERVIEW.id, name: INTERVIEW.name }] });
});
afterAll(() => h?.close());

it('invites the candidate of a profile with no report: the page name, email and application id go to Xobin, P at once, then the report', async () => {
  const { page, tabId } = await openProfile(h, KENDALL);
  await waitForBadge(h, tabId, '?');
  await openPanelFromLauncher(h, page);
  await waitForPanel(h, errorPanel('not-found', 'Invite to AI Interview'));
  await panelClickButton(h, 'Invite to AI Interview');
  await waitForPanel(h, { state: 'error', texts: ['Candidate email', 'custom_field_id 5123456014'] });
  // Nothing typed: the name and email are the ones the profile shows (h1.person-name, the mailto link).
  await panelClickButton(h, 'Send invite');
  await waitForBadge(h, tabId, 'P');
  expect(invitePosts()).toHaveLength(1);
  expect(invitePosts()[0]!.body).toEqual({
    candidate_name: 'Kendall Eurohouse',
    candidate_email: 'kendall.eurohouse@example.com',
    ai_interview_id: INTERVIEW.id,
    invite_format: 'getlink',
    custom_field_id: '5123456014',
  });
  await waitForPanel(h, { state: 'pending', texts: ['Invite sent', 'Pending', 'https://app.xobin.com/ai-interview/invite/'] });
  // The candidate finishes; Refresh shows the report.
  const invited = h.mock.invited()[0]!;
  h.mock.completeInterview(invited.response_id as number, { score: 79 });
  await panelClickButton(h, 'Check again');
  await waitForBadge(h, tabId, '79');
  await waitForPanel(h, { state: 'report', texts: ['Kendall Eurohouse'] });
  await page.close();
});

it('a report already under the profile id is shown instead of a second invite', async () => {
  // Sam's first lookup says 404, so the panel offers the invite; the worker's check finds his report.
  h.mock.scenario(CANDIDATES.sam.lookup, [{ status: 404 }]);
  const before = invitePosts().length;
  const { page, tabId } = await openProfile(h, CANDIDATES.sam.url);
  await waitForBadge(h, tabId, '?');
  await openPanelFromLauncher(h, page);
  await panelClickButton(h, 'Invite to AI Interview');
  await panelFill(h, 'Candidate name', 'Sam Placeholder');
  await panelFill(h, 'Candidate email', 'sam.placeholder@example.com');
  await panelClickButton(h, 'Send invite');
  await waitForBadge(h, tabId, 'P');
  await waitForPanel(h, { state: 'pending', texts: ['Sam Placeholder'] });
  expect(invitePosts()).toHaveLength(before);
  await page.close();
});

it('an exhausted account is said in plain words and leaves the tab as it was', async () => {
  h.mock.setInvitesLeft(0);
  const kit = 'https://app.greenhouse.io/guides/7012345001/people/4012345012?application_id=5123456012';
  const { page, tabId } = await openProfile(h, kit);
  await waitForBadge(h, tabId, '?');
  await openPanelFromLauncher(h, page);
  await panelClickButton(h, 'Invite to AI Interview');
  await panelFill(h, 'Candidate name', 'Someone Kit');
  await panelFill(h, 'Candidate email', 'someone.kit@example.com');
  await panelClickButton(h, 'Send invite');
  await waitForPanel(h, { state: 'error', errorKind: 'not-found', texts: ['No invites left', 'Ask Xobin support for more invites'] });
  await holdsFor(async () => (await badgeText(h.ext.serviceWorker, tabId)) === '?', 1_000, 'the badge stays "?"');
  expect(h.mock.invited().filter((report) => report.custom_field_id === '5123456012')).toEqual([]);
  h.mock.setInvitesLeft(Infinity);
  await page.close();
});

it('turned off, the button is not offered', async () => {
  await setExtensionStorage(h, { allowInvites: false });
  try {
    const { page, tabId } = await openProfile(h, 'https://acme.greenhouse.io/people/4012345011?application_id=5123456011');
    await waitForBadge(h, tabId, '?');
    await openPanelFromLauncher(h, page);
    const snap = await waitForPanel(h, errorPanel('not-found'));
    expect(snap.text).not.toContain('Invite to AI Interview');
    await page.close();
  } finally {
    await setExtensionStorage(h, { allowInvites: true });
  }
});

it('shares a completed report: a signed URL with its expiry', async () => {
  const { page, tabId } = await openProfile(h, CANDIDATES.jordan.url);
  await waitForBadge(h, tabId, '82');
  await openPanelFromLauncher(h, page);
  await waitForPanel(h, { state: 'report', texts: ['Share link'] });
  await panelClickButton(h, 'Share link');
  const snap = await waitForPanel(h, {
    state: 'report',
    texts: ['https://app.xobin.com/ai-interviews/shared/979554?', 'Anyone with this link can open the report until'],
  });
  expect(snap.text).toContain('(your time)');
  const share = h.mock.requests.filter((request) => request.method === 'POST' && request.path.endsWith('/share'));
  expect(share.map((request) => request.body)).toEqual([{ expiration_hours: 1 }]);
  await page.close();
});
