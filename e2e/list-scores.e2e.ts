import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { sampleReport } from '../scripts/mock-xobin/server.mjs';
import {
  apiCalls,
  chipNames,
  clickChip,
  fixtureUrl,
  grantHostPermission,
  holdsFor,
  setExtensionStorage,
  startHarness,
  stopServiceWorker,
  waitFor,
  waitForPanel,
  waitForServiceWorker,
  type Harness,
} from './helpers';

// Score chips on candidate lists, in real Chromium at the ATS's real hostnames: the chips the
// recruiter sees, what the mock API was asked (and when, and how many at once), the side panel.

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());
// Each test starts on a quiet API: a request the last test's page started before it closed may still
// be on the wire (it arrives after the reset and would count against this test).
beforeEach(async () => {
  let seen = -1;
  await waitFor(
    async () => {
      const quiet = h.mock.concurrency().inFlight === 0 && h.mock.requests.length === seen;
      seen = h.mock.requests.length;
      return quiet;
    },
    { timeoutMs: 10_000, intervalMs: 300, message: 'the API to go quiet between tests' },
  );
  h.mock.reset();
});

const NONE = 'AI Interview: no report found';
const MORE = 'AI Interview: show more scores';
const WAITING = 'AI Interview: checking';
/** A generated Greenhouse list (scripts/mock-xobin/extra-pages.mjs longList): 48 px rows, no reports. */
const longList = (rows: number, from = 0) => `https://app.greenhouse.io/people?__rows=${rows}&__from=${from}`;
const rowLookup = (n: number) => `custom_field_id=${7200000000 + n}`;
/** Rows (by number) whose candidate the API was asked about. */
const askedRows = () =>
  new Set(
    apiCalls(h.mock)
      .map((call) => Number(call.query.custom_field_id ?? 0))
      .filter((id) => id >= 7100000000)
      .map((id) => (id >= 7200000000 ? id - 7200000000 : id - 7100000000)),
  );

/** For a failure message: the requests that arrived while four or more were open, with their times. */
const overlaps = () =>
  JSON.stringify(
    apiCalls(h.mock)
      .filter((call) => (call.openAtArrival ?? 0) > 4)
      .map((call) => ({ id: call.query.custom_field_id, open: call.openAtArrival, at: call.at, answeredAt: call.answeredAt, status: call.status })),
  );

async function openList(url: string): Promise<Page> {
  const page = await h.ext.context.newPage();
  await page.goto(url);
  await page.bringToFront();
  return page;
}

/** The first `count` chips have all settled on "no report found" (the generated rows have no reports). */
const firstScreenDone = async (page: Page, count = 10) => {
  const names = await chipNames(page);
  return names.length >= count && names.slice(0, count).every((name) => name === NONE);
};

async function waitForChips(page: Page, expected: string[], timeoutMs = 10_000): Promise<void> {
  let seen: string[] = [];
  await waitFor(async () => JSON.stringify((seen = await chipNames(page))) === JSON.stringify(expected), { timeoutMs }).catch(() => {
    throw new Error(`Chips ${JSON.stringify(seen)}, expected ${JSON.stringify(expected)}`);
  });
}

it.each([
  ['Greenhouse', 'greenhouse-candidate-list.html', ['AI Interview 82', NONE]],
  ['Lever', 'lever-pipeline.html', ['AI Interview 64']],
  ['Ashby', 'ashby-job-pipeline.html', ['AI Interview 77', NONE]],
  ['Workable', 'workable-pipeline.html', ['AI Interview 69', NONE]],
  ['BambooHR', 'bamboohr-candidates-list.html', ['AI Interview 73', NONE]],
])('%s list: a chip with the right result after each candidate link, none on other links', async (_, file, expected) => {
  const page = await openList(fixtureUrl(file));
  await waitForChips(page, expected);
  await page.close();
});

it('a pending interview’s chip says its invite status', async () => {
  // Casey (Lever) has been invited and has not started: the list says so instead of a score.
  const page = await openList('https://hire.lever.co/candidates?stage=lead-new');
  await page.evaluate(() => {
    const link = document.createElement('a');
    link.href = '/candidates/0b6d7e8f-1a2b-4c3d-9e4f-5a6b7c8d9e0f';
    link.textContent = 'Casey Pending';
    document.querySelector('main')!.append(link);
  });
  await waitForChips(page, ['AI Interview 64', 'AI Interview: Pending, no score yet']);
  await page.close();
});

it('asks only about rows scrolled into view, never more than four requests at once across tabs, and follows the scroll', async () => {
  h.mock.setLatency(250);
  const [first, second] = await Promise.all([openList(longList(150)), openList(longList(150, 1000))]);
  // Both first screens get their answers (two tabs: up to eight chips asking at once).
  await waitFor(async () => (await firstScreenDone(first)) && (await firstScreenDone(second)), {
    timeoutMs: 30_000,
    message: 'the first screen of both lists to show their chips',
  });
  expect(h.mock.concurrency().maxInFlight, overlaps()).toBe(4);
  const onScreen = [...askedRows()].filter((n) => n < 1000);
  expect(Math.max(...onScreen)).toBeLessThan(30);
  expect(apiCalls(h.mock, rowLookup(140))).toHaveLength(0);

  await first.bringToFront();
  await first.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  // A chip gets its button once on screen: the last button is the first screen's until the scroll's look.
  await waitFor(async () => apiCalls(h.mock, rowLookup(149)).length > 0 && (await chipNames(first)).at(-1) === NONE, {
    timeoutMs: 20_000,
    message: 'the last rows to be looked up after scrolling',
  });
  expect(apiCalls(h.mock, rowLookup(149)).length).toBeGreaterThan(0);
  // The middle was scrolled past in one jump: it was never on screen, so never asked about.
  expect(apiCalls(h.mock, rowLookup(75))).toHaveLength(0);
  expect(h.mock.concurrency().maxInFlight, overlaps()).toBe(4);
  await Promise.all([first.close(), second.close()]);
}, 90_000);

it('a 429 with Retry-After pauses list lookups, then they go on', async () => {
  h.mock.setLatency(150);
  h.mock.scenario(rowLookup(3000), [{ status: 429, headers: { 'Retry-After': '2' } }]);
  const page = await openList(longList(30, 3000));
  await waitFor(() => firstScreenDone(page), { timeoutMs: 30_000, message: 'the first screen to show its chips' });
  const calls = apiCalls(h.mock, rowLookup(3000));
  expect(calls.map((call) => call.status)).toEqual([429, 404]);
  const pausedFrom = calls[0]!.answeredAt!;
  // Nothing new went out while paused (requests already out when the 429 came may still finish).
  const during = apiCalls(h.mock).filter((call) => call.at > pausedFrom + 50 && call.at < pausedFrom + 1_900);
  expect(during).toEqual([]);
  expect(calls[1]!.at - pausedFrom).toBeGreaterThanOrEqual(1_900);
  await page.close();
}, 60_000);

it('a recruiter who clicks a chip whose lookup sits out a long 429 pause gets the report at once', async () => {
  h.mock.setLatency(300);
  // A page asks about six rows at a time, the worker sends four: rows 0-3 go out, the 429 for row 0
  // comes first (rows 1-3 answer late), so rows 4 and 5 wait in the worker's queue for an hour.
  h.mock.scenario(rowLookup(3100), [{ status: 429, headers: { 'Retry-After': '3600' } }]);
  for (const row of [3101, 3102, 3103]) h.mock.scenario(rowLookup(row), [{ hangMs: 1_000 }]);
  // Row 4 has a report (the first lookup of its chip, the application id, finds it).
  h.mock.scenario(rowLookup(3104), [{ status: 200, body: { ...sampleReport(979554), custom_field_id: '7200003104' } }]);
  const page = await openList(longList(30, 3100));
  try {
    await waitFor(() => apiCalls(h.mock, rowLookup(3100)).some((call) => call.status === 429), { timeoutMs: 15_000, message: 'the 429' });
    await holdsFor(async () => apiCalls(h.mock, rowLookup(3104)).length === 0 && (await chipNames(page))[4] === WAITING, 1_500, 'row 4 waiting');
    await clickChip(page, WAITING, (await chipNames(page)).slice(0, 4).filter((name) => name === WAITING).length);
    await waitForPanel(h, { state: 'report', texts: ['Jordan Example', 'Found by custom_field_id 7200003104'] }, 5_000);
    // One request for that candidate: the recruiter's. The chip's never went out (it got that answer).
    await holdsFor(async () => apiCalls(h.mock, rowLookup(3104)).length === 1, 1_000, 'one request for row 4');
  } finally {
    await page.close();
    // The hour's pause lives in the worker's memory: a fresh worker for the tests after this one.
    await stopServiceWorker(h);
    await waitForServiceWorker(h);
  }
}, 60_000);

it('clicking a chip opens the side panel on that candidate, with how the report was found, and stays on the list', async () => {
  const url = fixtureUrl('greenhouse-candidate-list.html');
  const page = await openList(url);
  await waitForChips(page, ['AI Interview 82', NONE]);
  await clickChip(page, 'AI Interview 82');
  await waitForPanel(h, { state: 'report', texts: ['Jordan Example', 'Found by custom_field_id 5123456002, from the Greenhouse application'] });
  expect(page.url()).toBe(url);
  await page.close();
});

it('after 100 lookups on a page, a Show more chip allows 100 more', async () => {
  const page = await openList(longList(130, 5000));
  // Scroll down a screen at a time, letting each screen be looked up.
  for (let y = 0; y < 130 * 48; y += 600) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await new Promise((resolve) => setTimeout(resolve, 400));
  }
  await waitFor(async () => (await chipNames(page)).includes(MORE), { timeoutMs: 30_000, message: 'a Show more chip' });
  await waitFor(async () => (await chipNames(page)).filter((name) => name === NONE).length === 100, {
    timeoutMs: 30_000,
    message: 'exactly 100 rows looked up',
  });
  expect(askedRows().size).toBe(100);
  await holdsFor(async () => askedRows().size === 100, 1_000, 'no lookups past the hundred');
  await clickChip(page, MORE);
  await waitFor(async () => !(await chipNames(page)).includes(MORE) && askedRows().size > 100, {
    timeoutMs: 20_000,
    message: 'the limited chips on screen to be looked up',
  });
  await page.close();
}, 90_000);

it('with "Scores in candidate lists" off, no chips and no requests', async () => {
  await setExtensionStorage(h, { listScores: false });
  try {
    const page = await openList(fixtureUrl('greenhouse-candidate-list.html'));
    await holdsFor(async () => (await chipNames(page)).length === 0, 2_000, 'no chips on the list');
    expect(apiCalls(h.mock)).toEqual([]);
    await page.close();
  } finally {
    await setExtensionStorage(h, { listScores: true });
  }
});

it('a recruiter rule’s host gets chips too, found through the rule’s template', async () => {
  const host = 'ats.acme-hiring.example';
  const rule = { id: 'acme', name: 'Acme Hiring', host, urlPattern: '/talent/(?<candidateId>\\d+)', template: 'ACME-{candidateId}' };
  await grantHostPermission(h, `https://${host}/*`);
  await setExtensionStorage(h, { customRules: [rule] });
  await waitFor(
    () =>
      h.ext.serviceWorker.evaluate(() =>
        chrome.scripting.getRegisteredContentScripts().then((scripts) => scripts.some((script) => script.id === 'custom-rules')),
      ),
    { timeoutMs: 15_000, message: 'the detector registered on the rule host' },
  );
  const page = await openList(`https://${host}/talent`);
  await waitForChips(page, ['AI Interview 86'], 15_000);
  expect(apiCalls(h.mock, 'custom_field_id=ACME-77123').length).toBeGreaterThan(0);
  await page.close();
}, 40_000);
