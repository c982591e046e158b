import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickLauncher, findLauncher, panelSnapshot, sidePanelEvaluate } from '../scripts/lib/browser.mjs';
import {
  apiCalls,
  badgeText,
  CANDIDATES,
  grantHostPermission,
  holdsFor,
  openPanelFromLauncher,
  openProfile,
  setExtensionStorage,
  startHarness,
  tabState,
  stopServiceWorker,
  waitFor,
  waitForBadge,
  waitForPanel,
  waitForServiceWorker,
  type Harness,
} from './helpers';

// Issue 9: what an ATS page can make the extension spend, learn and show. Real Chromium, the built
// extension, the mock API (which logs every request it gets).

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

const panelIsOpen = async () => (await panelSnapshot(h.ext.context, h.ext.extensionId).catch(() => null))?.state != null;

// First in this file: no side panel is open yet (an open panel reconnects its port, which would
// restart the worker by itself and hide whether the click does).
describe('the first click after Chrome stopped the worker', () => {
  it('opens the panel with "Open automatically" on, though the click is what wakes the worker', async () => {
    await setExtensionStorage(h, { autoOpen: true });
    const { page, tabId } = await openProfile(h, CANDIDATES.jordan.url);
    await waitForBadge(h, tabId, '82');
    // The page was told at load time that its first click may open the panel; now the worker sleeps.
    await stopServiceWorker(h);
    expect(await panelIsOpen()).toBe(false);
    // A click anywhere on the profile (not on our button): the recruiter's first click.
    await page.mouse.click(300, 200);
    const opened = await waitFor(panelIsOpen, { timeoutMs: 5000, message: 'the side panel to open on the first click' }).catch(() => false);
    console.log(`[measured] first click after the worker was stopped: panel ${opened ? 'opened' : 'did NOT open'}`);
    expect(opened).toBe(true);
    await waitForServiceWorker(h);
    await waitForPanel(h, { state: 'report', texts: ['Jordan Example'] });
    await setExtensionStorage(h, { autoOpen: false }); // the next test's click must be the button's alone
    await page.close();
  }, 30_000);

  // Measured: in Chromium 156 this also passes with the synchronous path disabled (the gesture survived
  // the short await for the rules), so it guards the behaviour; utils/background/index-wake.test.ts
  // proves the open call is synchronous. The auto-open test above fails without its fix.
  it("opens the panel from our button on a recruiter rule's host, though the worker has not read the rules yet", async () => {
    const host = 'ats.acme-hiring.example';
    // Close the panel the test above opened first: while it is open its port can restart the worker at
    // any moment, and an evaluation in a worker that has just been replaced never answers.
    await waitForServiceWorker(h);
    await h.ext.serviceWorker.evaluate(() =>
      chrome.windows
        .getLastFocused()
        .then((win) => (chrome.sidePanel as unknown as { close(o: { windowId: number }): Promise<void> }).close({ windowId: win.id! })),
    );
    await waitFor(async () => !(await panelIsOpen()), { message: 'the panel to close' });
    await waitForServiceWorker(h);
    await grantHostPermission(h, `https://${host}/*`);
    await setExtensionStorage(h, {
      customRules: [{ id: 'acme', name: 'Acme Hiring', host, urlPattern: '/talent/(?<candidateId>\\d+)', template: 'ACME-{candidateId}' }],
    });
    await waitFor(
      () =>
        h.ext.serviceWorker.evaluate(() => chrome.scripting.getRegisteredContentScripts().then((scripts) => scripts.some((script) => script.matches?.length))),
      { message: 'the detector registered on the rule host' },
    );
    const { page, tabId } = await openProfile(h, `https://${host}/talent/77123`);
    await waitForBadge(h, tabId, '86');
    await stopServiceWorker(h);
    await clickLauncher(page);
    const opened = await waitFor(panelIsOpen, { timeoutMs: 5000, message: 'the side panel to open' }).catch(() => false);
    console.log(`[measured] first click on a rule host after the worker was stopped: panel ${opened ? 'opened' : 'did NOT open'}`);
    expect(opened).toBe(true);
    await waitForServiceWorker(h);
    await waitForPanel(h, { state: 'report', texts: ['Jamie Rulecase'] });
    await setExtensionStorage(h, { customRules: [] });
    await page.close();
  }, 40_000);
});

describe('a page navigating through candidates', () => {
  it('100 in-app navigations in 2 s cost at most 10 lookups and end on the last candidate’s report', async () => {
    const opened = apiCalls(h.mock).length;
    const { page, tabId } = await openProfile(h, CANDIDATES.casey.url);
    await waitForBadge(h, tabId, 'P');
    const before = apiCalls(h.mock).length;
    // What a hostile page script can do: history.pushState through 100 candidate URLs in 2 s.
    // The last is Alex (a real report); the 99 before are made-up opportunity ids.
    const urls = Array.from({ length: 99 }, (_, i) => `https://hire.lever.co/candidates/${`${i}`.padStart(8, '0')}-0000-4000-8000-000000000000`);
    urls.push(CANDIDATES.alex.url);
    const took = await page.evaluate(async (list) => {
      // On a schedule (one every 19 ms), so a busy machine's late timers do not stretch the 2 s.
      const start = performance.now();
      for (const [i, url] of list.entries()) {
        const wait = start + i * 19 - performance.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        history.pushState({}, '', url);
      }
      return performance.now() - start;
    }, urls);
    expect(took).toBeLessThan(2100);
    await waitForBadge(h, tabId, '64', 15_000);
    await holdsFor(async () => (await badgeText(h.ext.serviceWorker, tabId)) === '64', 1500, 'the badge stays on Alex');
    // The page still shows Casey's profile: once its address names someone else, her own link there is
    // another candidate's link and gets a score chip (one list lookup). Only the navigations count here.
    const caseyId = CANDIDATES.casey.lookup.split('=')[1];
    const lookups = apiCalls(h.mock)
      .slice(before)
      .filter((call) => call.query.custom_field_id !== caseyId);
    console.log(
      `[measured] 100 navigations in ${Math.round(took)} ms: ${lookups.length} API lookups (${lookups.map((call) => call.query.custom_field_id ?? call.path).join(', ')})`,
    );
    expect(lookups.length).toBeLessThanOrEqual(10);
    // Alex's report was asked for: by the burst's last detection, or earlier by the score chip of his
    // link on Casey's page (then the detection finds it cached and asks nothing). The badge above
    // holding 64 is what shows that no made-up candidate's late answer won.
    // (The chip's request, not waiting on storage, can go out before the badge shows Casey's "P".)
    const sinceOpened = apiCalls(h.mock).slice(opened);
    expect(sinceOpened.map((call) => call.query.custom_field_id)).toContain(CANDIDATES.alex.lookup.split('=')[1]);
    await page.close();
  }, 40_000);

  it('pauses a page that keeps asking, says so on the badge and in the panel, survives a worker restart, and Look up now works', async () => {
    const { page, tabId } = await openProfile(h, 'https://app.greenhouse.io/people/4012345002?application_id=7100000000');
    await waitForBadge(h, tabId, '?');
    // One made-up candidate after another, each just over a second apart (slower than a burst, so
    // each one is looked up: application id, then person id, both new: a "no report" already known
    // is not asked again). The tab's budget runs out.
    let n = 0;
    const keepAsking = async (most: number): Promise<number> => {
      for (let i = 1; i <= most; i++) {
        n++;
        await page.evaluate((url) => history.pushState({}, '', url), `https://app.greenhouse.io/people/${4012345100 + n}?application_id=${7100000000 + n}`);
        await new Promise((resolve) => setTimeout(resolve, 1100));
        if ((await badgeText(h.ext.serviceWorker, tabId)) === '⏸') return i;
      }
      return Infinity;
    };
    const navigations = await keepAsking(20);
    const spent = apiCalls(h.mock).filter((call) => /^71000000\d\d$|^40123451\d\d$/.test(call.query.custom_field_id ?? '')).length;
    console.log(`[measured] one tab paused after ${navigations} navigations, ${spent} lookups`);
    expect(navigations).toBeLessThanOrEqual(15);
    expect(spent).toBeLessThanOrEqual(30);

    // The budget is in session storage: a restarted worker does not hand out a fresh one (which
    // would allow ten more candidates before pausing again).
    await stopServiceWorker(h);
    const other = await h.ext.context.newPage();
    await other.goto('https://example.org/');
    await waitForServiceWorker(h);
    await other.close();
    await page.bringToFront();
    const again = await keepAsking(6);
    console.log(`[measured] after a worker restart: paused again after ${again} navigations`);
    expect(again).toBeLessThanOrEqual(4);
    // The recruiter's way on: the panel says what happened and offers a lookup now.
    const before = apiCalls(h.mock).length;
    await openPanelFromLauncher(h, page);
    const panel = await waitForPanel(h, { state: 'paused', texts: ['Paused: too many lookups', 'Look up now'] });
    expect(panel.text).toMatch(/resumes by itself in about \d+ s/);
    expect(apiCalls(h.mock).length).toBe(before);
    await sidePanelEvaluate(h.ext.context, h.ext.extensionId, () => {
      Array.from(document.querySelectorAll('button'))
        .find((button) => button.textContent === 'Look up now')
        ?.click();
    });
    await waitForPanel(h, { state: 'error', errorKind: 'not-found' });
    expect(apiCalls(h.mock).length).toBeGreaterThan(before);
    await waitForBadge(h, tabId, '?');
    await page.close();
  }, 60_000);
});

describe('a planted Xobin report link', () => {
  // Someone else's report on a profile without one of its own: e2e/identity.e2e.ts.
  it("does not replace the candidate's own report: the profile's ids are looked up before links on the page", async () => {
    const { page, tabId } = await openProfile(h, CANDIDATES.jordan.url);
    await waitForBadge(h, tabId, '82');
    // The candidate put a link to another person's report (Riley's) in their profile.
    await page.evaluate(() => {
      const link = Object.assign(document.createElement('a'), {
        href: 'https://app.xobin.com/ai-interviews/candidate/report/979561',
        textContent: 'my interview',
      });
      document.querySelector('main')!.append(link);
    });
    await waitFor(async () => (await tabState(h, tabId))?.lookups.some((lookup) => lookup.value === '979561') === true, {
      message: 'the planted link to be seen',
    });
    await holdsFor(async () => (await badgeText(h.ext.serviceWorker, tabId)) === '82', 1500, "Jordan's own score stays on the badge");
    await openPanelFromLauncher(h, page);
    await waitForPanel(h, { state: 'report', texts: ['Jordan Example'] });
    expect(await sidePanelEvaluate(h.ext.context, h.ext.extensionId, () => document.querySelector('[data-testid="identity-warning"]'))).toBeNull();
    await page.close();
  }, 30_000);
});

/** Everything a page script can learn about our button: presence, markup, geometry, hit-testing. */
function probeLauncher(page: Page) {
  return page.evaluate(() => {
    const hosts = document.querySelectorAll('[data-xobin-ai-interview]');
    const host = hosts[0];
    let hits = 0;
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (let x = 900; x < innerWidth; x += 2) {
      for (let y = innerHeight - 120; y < innerHeight; y += 2) {
        if (document.elementFromPoint(x, y) !== host) continue;
        hits++;
        minX = Math.min(minX, x);
        minY = Math.min(minY, y);
        maxX = Math.max(maxX, x);
        maxY = Math.max(maxY, y);
      }
    }
    const rect = host?.getBoundingClientRect();
    const style = host ? getComputedStyle(host) : undefined;
    return {
      hosts: hosts.length,
      markup: host?.outerHTML ?? null,
      shadowRoot: host?.shadowRoot ?? null,
      rect: rect ? [rect.x, rect.y, rect.width, rect.height] : null,
      style: style ? [style.display, style.width, style.height, style.color, style.backgroundColor] : null,
      footprint: { hits, box: [minX, minY, maxX, maxY] },
      seen: (window as unknown as { __seenMessages?: string[] }).__seenMessages ?? null,
    };
  });
}

describe('what the page can learn', () => {
  it('sees the same button (markup, size, hit area) for a score, a pending interview, no report and an error, and no WXT message', async () => {
    await h.ext.context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __seenMessages: string[] }).__seenMessages = seen;
      addEventListener('message', (event) => seen.push(JSON.stringify(event.data)));
    });
    h.mock.scenario('custom_field_id=7200000001', [{ status: 500 }, { status: 500 }, { status: 500 }]);
    const cases = [
      { what: 'score', url: CANDIDATES.jordan.url, badge: '82' },
      { what: 'pending', url: CANDIDATES.casey.url, badge: 'P' },
      { what: 'not found', url: 'https://app.greenhouse.io/people/4012345002?application_id=7200000002', badge: '?' },
      { what: 'error', url: 'https://app.greenhouse.io/people/4012345002?application_id=7200000001', badge: '!' },
    ];
    const probes = [];
    for (const { what, url, badge } of cases) {
      const { page, tabId } = await openProfile(h, url);
      await waitForBadge(h, tabId, badge, 15_000);
      expect((await findLauncher(page))?.name, what).toBe('AI Interview');
      const probe = await probeLauncher(page);
      expect(probe.hosts, what).toBe(1);
      expect(probe.footprint.hits, what).toBeGreaterThan(100);
      // WXT's "content script started" window message would give every ATS page our extension id.
      expect(probe.seen, what).toEqual([]);
      probes.push({ what, ...probe, seen: undefined });
      await page.close();
    }
    for (const probe of probes.slice(1)) expect({ ...probe, what: undefined }, `${probe.what} vs score`).toEqual({ ...probes[0], what: undefined });
    expect(probes[0]!.shadowRoot).toBeNull();
  }, 60_000);
});

describe('the full-tab report', () => {
  it('Refresh goes past the cache to the API', async () => {
    const page = await h.ext.context.newPage();
    await page.goto(`chrome-extension://${h.ext.extensionId}/sidepanel.html?responseId=979554`);
    await page.getByRole('heading', { level: 1, name: 'Jordan Example' }).waitFor({ timeout: 10_000 });
    const before = apiCalls(h.mock, 'response_id=979554').length;
    await page.getByRole('button', { name: 'Refresh' }).click();
    await waitFor(() => apiCalls(h.mock, 'response_id=979554').length === before + 1, { message: 'a request for 979554 past the cache' });
    await page.getByRole('heading', { level: 1, name: 'Jordan Example' }).waitFor({ timeout: 10_000 });
    await page.close();
  }, 30_000);
});
