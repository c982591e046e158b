import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  API_KEY,
  apiCalls,
  CANDIDATES,
  errorPanel,
  openPanelFromLauncher,
  openProfile,
  setApiKey,
  startHarness,
  waitForBadge,
  waitForPanel,
  type Harness,
} from './helpers';

// Every way a lookup can end, as the recruiter sees it: badge and side panel state.

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

it('pending: the interview was sent but not taken', async () => {
  const { page, tabId } = await openProfile(h, CANDIDATES.casey.url);
  await waitForBadge(h, tabId, 'P');
  await openPanelFromLauncher(h, page);
  await waitForPanel(h, { state: 'pending', texts: ['Casey Pending', 'Pending'] });
  await page.close();
});

it('not found: Xobin has no report for this candidate', async () => {
  h.mock.scenario(CANDIDATES.sam.lookup, [{ status: 404 }]);
  const { page, tabId } = await openProfile(h, CANDIDATES.sam.url);
  await waitForBadge(h, tabId, '?');
  await openPanelFromLauncher(h, page);
  await waitForPanel(h, errorPanel('not-found', '4012345004')); // says which id it tried
  await page.close();
});

it('unauthorized: a wrong key is refused, and the wrong key is not retried', async () => {
  // Earlier tests' pages link to Alex too (the score chip on Casey's profile asked about him): count from here.
  const earlier = apiCalls(h.mock, CANDIDATES.alex.lookup).length;
  await setApiKey(h.ext.serviceWorker, 'not-a-valid-key');
  try {
    const { page, tabId } = await openProfile(h, CANDIDATES.alex.url);
    await waitForBadge(h, tabId, '!');
    await openPanelFromLauncher(h, page);
    await waitForPanel(h, errorPanel('unauthorized', 'Invalid or missing API key')); // the API's own words
    const calls = apiCalls(h.mock, CANDIDATES.alex.lookup).slice(earlier);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ hasKeyHeader: true, hasValidKey: false, status: 401 });
    await page.close();
  } finally {
    await setApiKey(h.ext.serviceWorker, API_KEY);
  }
});

it('rate limited: a 429 with Retry-After is waited out and the report still arrives', async () => {
  h.mock.scenario(CANDIDATES.jordan.lookup, [{ status: 429, headers: { 'Retry-After': '1' } }]);
  const { page, tabId } = await openProfile(h, CANDIDATES.jordan.url);
  await waitForBadge(h, tabId, '82');
  await openPanelFromLauncher(h, page);
  await waitForPanel(h, { state: 'report', texts: ['Jordan Example', 'Recommended for the next round'] });
  expect(apiCalls(h.mock, CANDIDATES.jordan.lookup).map((call) => call.status)).toEqual([429, 200]);
  await page.close();
});

it('server error: three 500s in a row end in the server error state', async () => {
  h.mock.scenario(CANDIDATES.sam.lookup, [{ status: 500 }, { status: 500 }, { status: 500 }]);
  const { page, tabId } = await openProfile(h, CANDIDATES.sam.url);
  await waitForBadge(h, tabId, '!');
  await openPanelFromLauncher(h, page);
  await waitForPanel(h, errorPanel('server'));
  expect(
    apiCalls(h.mock, CANDIDATES.sam.lookup)
      .slice(-3)
      .map((call) => call.status),
  ).toEqual([500, 500, 500]);
  await page.close();
});

it('invalid response: truncated JSON shows an error, not a half-rendered report', async () => {
  h.mock.scenario(CANDIDATES.riley.lookup, [{ status: 200, body: '{"response_id": 979561, "invite_status": "Compl' }]);
  const { page, tabId } = await openProfile(h, CANDIDATES.riley.url);
  await waitForBadge(h, tabId, '!');
  await openPanelFromLauncher(h, page);
  const panel = await waitForPanel(h, errorPanel('invalid-response'));
  expect(panel.text).not.toContain('Riley Sample');
  await page.close();
});
