import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { panelSnapshot } from '../scripts/lib/browser.mjs';
import {
  apiCalls,
  badgeText,
  CANDIDATES,
  fixtureMain,
  holdsFor,
  openPanelFromLauncher,
  openProfile,
  setExtensionStorage,
  startHarness,
  waitFor,
  waitForPanel,
  type Harness,
} from './helpers';

// Issue 5: 50 rapid in-app navigations on Lever (history.pushState, no waits) between three
// candidates. Every report answer is held back until the last navigation; the final candidate's then
// comes first, and the two others' after it: the worst case for a late answer landing on the wrong
// candidate. Zero stale reports: while navigating the panel never shows a candidate the page is not
// on, and at the end badge and panel show the final candidate and stay so.

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  // The profiles link to each other: their score chips would ask about the same candidates, and this
  // file counts the requests the navigations alone cause (chips: e2e/list-scores.e2e.ts).
  await setExtensionStorage(h, { listScores: false });
});
afterAll(() => h?.close());

const DREW_ID = 'c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f'; // scripts/mock-xobin/data.mjs, 979565
const CYCLE = [
  { name: 'Alex Demo', badge: '64', url: CANDIDATES.alex.url, lookup: CANDIDATES.alex.lookup, main: fixtureMain('lever-profile.html') },
  { name: 'Casey Pending', badge: 'P', url: CANDIDATES.casey.url, lookup: CANDIDATES.casey.lookup, main: fixtureMain('lever-profile-2.html') },
  {
    name: 'Drew Example',
    badge: '76',
    url: `https://hire.lever.co/candidates/${DREW_ID}`,
    lookup: `custom_field_id=${DREW_ID}`,
    main: '<h1 class="candidate-name">Drew Example</h1><div class="contact-info"><a href="mailto:drew.example@example.com">drew.example@example.com</a></div>',
  },
] as const;
const NAVIGATIONS = 50;
const target = (i: number) => CYCLE[(i + 1) % CYCLE.length]!; // from Alex: Casey, Drew, Alex, …
const FINAL = target(NAVIGATIONS - 1);
const candidateAt = (href: string) => CYCLE.find((candidate) => candidate.url === href);

/** What Lever's router does on a click: push the URL, render the profile. */
function navigate(page: Page, url: string, main: string): Promise<void> {
  return page.evaluate(
    ([href, html]) => {
      history.pushState({}, '', href);
      const next = new DOMParser().parseFromString(`<main>${html}</main>`, 'text/html').querySelector('main')!;
      document.querySelector('main')!.replaceChildren(...Array.from(next.childNodes, (node) => document.importNode(node, true)));
    },
    [url, main] as const,
  );
}

it(`${NAVIGATIONS} rapid in-app navigations between three candidates end on the last one, with no stale report on the way`, async () => {
  // Answers held (at most 14 s, under the 15 s attempt timeout) until the navigating is over.
  for (const candidate of CYCLE) h.mock.scenario(candidate.lookup, [{ hangMs: 14_000 }]);
  const { page, tabId } = await openProfile(h, CYCLE[0].url);
  await openPanelFromLauncher(h, page);
  await waitForPanel(h, { state: 'loading' });

  // Sampled while navigating: whatever report or badge shows must be the page's own candidate.
  const stale: string[] = [];
  let samples = 0;
  const check = async (where: string) => {
    const before = await page.evaluate(() => location.href);
    const [panel, badge] = await Promise.all([panelSnapshot(h.ext.context, h.ext.extensionId), badgeText(h.ext.serviceWorker, tabId)]);
    const after = await page.evaluate(() => location.href);
    const current = [candidateAt(before), candidateAt(after)];
    samples++;
    for (const candidate of CYCLE) {
      const shown =
        ((panel.state === 'report' || panel.state === 'pending') && panel.text.includes(candidate.name)) || (badge !== '…' && badge === candidate.badge);
      if (shown && !current.includes(candidate)) stale.push(`${where}: ${candidate.name} shown (panel ${panel.state}, badge ${badge}) on ${after}`);
    }
  };
  let navigating = true;
  const sampler = (async () => {
    while (navigating) await check('while navigating');
  })();
  for (let i = 0; i < NAVIGATIONS; i++) await navigate(page, target(i).url, target(i).main);
  navigating = false;
  await sampler;
  expect(page.url()).toBe(FINAL.url);
  expect(samples).toBeGreaterThan(0);

  // At most one request per candidate for all 50 navigations (a worker that fell behind may have
  // skipped a candidate it had already left: fine). The final candidate's is out.
  await waitFor(() => apiCalls(h.mock, FINAL.lookup).length > 0, { message: `the request for ${FINAL.name}` });
  const held = CYCLE.map((candidate) => apiCalls(h.mock, candidate.lookup));
  for (const [i, calls] of held.entries()) expect(calls.length, `${CYCLE[i]!.name}: requests for ${NAVIGATIONS} navigations`).toBeLessThanOrEqual(1);

  // The final candidate's answer comes first and shows...
  h.mock.release(FINAL.lookup);
  await waitFor(
    async () => {
      await check('after the final answer');
      return (await badgeText(h.ext.serviceWorker, tabId)) === FINAL.badge;
    },
    { timeoutMs: 15_000, message: `the badge of ${FINAL.name}` },
  );
  await waitForPanel(h, { state: 'report', texts: [FINAL.name] });
  // ...then the answers for the two candidates the recruiter left long ago arrive, late. They must
  // change nothing.
  h.mock.release();
  await waitFor(() => held.every((calls) => calls.every((call) => call.settled)), { message: 'the late answers to be delivered or abandoned' });
  await holdsFor(
    async () => {
      await check('after the late answers');
      const [panel, badge] = await Promise.all([panelSnapshot(h.ext.context, h.ext.extensionId), badgeText(h.ext.serviceWorker, tabId)]);
      return badge === FINAL.badge && panel.state === 'report' && panel.text.includes(FINAL.name);
    },
    2000,
    `badge and panel stay on ${FINAL.name}`,
  );
  expect(stale).toEqual([]);
  // Every late request ended: abandoned by the extension as soon as its candidate was left (issue 9),
  // or, where the worker had not yet moved on, delivered and dropped.
  for (const calls of held) for (const call of calls) expect(call.settled && (call.status === undefined || call.status === 200)).toBe(true);
  await page.close();
}, 60_000);
