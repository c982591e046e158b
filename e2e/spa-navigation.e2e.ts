import { afterAll, beforeAll, expect, it } from 'vitest';
import { findLauncher, panelSnapshot } from '../scripts/lib/browser.mjs';
import {
  apiCalls,
  badgeText,
  CANDIDATES,
  holdsFor,
  openPanelFromLauncher,
  openProfile,
  startHarness,
  waitFor,
  waitForBadge,
  waitForPanel,
  type Harness,
} from './helpers';

// Lever is a single-page app: clicking another candidate changes the URL with history.pushState and
// re-renders without a page load. The extension must follow, and an answer that arrives late for the
// candidate the recruiter already left must never be shown on the new one.

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

const ALEX_REPORT_TEXTS = ['Alex Demo', 'Not recommended for the role'];

it('switches to the new candidate and drops the late answer for the previous one', async () => {
  // Alex's report is answered normally, but held back until the test releases it (at most 12 s,
  // under the client's 15 s timeout): still in flight when we move on, whatever the machine's speed.
  h.mock.scenario(CANDIDATES.alex.lookup, [{ hangMs: 12_000 }]);
  const { page, tabId } = await openProfile(h, CANDIDATES.alex.url);
  await waitFor(() => apiCalls(h.mock, CANDIDATES.alex.lookup).length > 0, { message: "Alex's report request" });
  await openPanelFromLauncher(h, page);
  await waitForPanel(h, { state: 'loading' });

  await page.getByRole('link', { name: 'Casey Pending' }).click();
  await page.waitForURL(CANDIDATES.casey.url);
  await waitForBadge(h, tabId, 'P');
  await waitForPanel(h, { state: 'pending', texts: ['Casey Pending'] });
  // The in-page button tells the page nothing: the same words for Casey as for anyone.
  expect((await findLauncher(page))?.name).toBe('AI Interview');

  // Alex's answer now arrives, late (the extension may also have abandoned it; both are fine)...
  // Since issue 9 the extension abandons the request of a candidate the recruiter left (it is usually
  // settled, unanswered, by now); if it was still out, its answer is released now.
  const alexCall = apiCalls(h.mock, CANDIDATES.alex.lookup)[0]!;
  h.mock.release();
  await waitFor(() => alexCall.settled, { timeoutMs: 10_000, message: "Alex's slow answer to be delivered" });
  // ...and must not replace Casey, neither on the badge nor in the panel.
  await holdsFor(
    async () => {
      const [badge, panel] = await Promise.all([badgeText(h.ext.serviceWorker, tabId), panelSnapshot(h.ext.context, h.ext.extensionId)]);
      return badge === 'P' && panel.state === 'pending' && !ALEX_REPORT_TEXTS.some((text) => panel.text.includes(text));
    },
    1500,
    "the tab shows Casey, not Alex, after Alex's late answer",
  );

  // Back (popstate) returns to Alex, whose report is now shown.
  await page.goBack();
  await page.waitForURL(CANDIDATES.alex.url);
  await waitForBadge(h, tabId, '64');
  const panel = await waitForPanel(h, { state: 'report', texts: ALEX_REPORT_TEXTS });
  expect(panel.text).not.toContain('Casey Pending');
  await page.close();
});
