import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { apiCalls, fixtureUrl } from '../e2e/helpers';
import { API_KEY, chipLooks, chipNames, startFirefoxHarness, waitFor, waitForChips, waitForSidebar, type FirefoxHarness } from './helpers';

// Score chips on a candidate list in real Firefox ESR with the Firefox build (a <style> in each closed
// shadow root there, not an adopted sheet): the chips' names and looks, and what the mock API was asked.

let h: FirefoxHarness;
beforeAll(async () => {
  h = await startFirefoxHarness({ apiKey: API_KEY });
});
afterAll(() => h?.close());
beforeEach(() => h.mock.reset());

const NONE = 'AI Interview: no report found';
/** A generated Greenhouse list (scripts/mock-xobin/extra-pages.mjs longList): 48 px rows, no reports. */
const longList = (rows: number, from = 0) => `https://app.greenhouse.io/people?__rows=${rows}&__from=${from}`;
const rowLookup = (n: number) => `custom_field_id=${7200000000 + n}`;

async function openList(url: string): Promise<Page> {
  const page = await h.ff.browser.newPage();
  await page.goto(url);
  await page.bringToFront();
  return page;
}

it('a Greenhouse list at app.greenhouse.io: a chip with the score after Jordan, "no report" after Riley, styled, in closed roots', async () => {
  const page = await openList(fixtureUrl('greenhouse-candidate-list.html'));
  await waitForChips(h, page, ['AI Interview 82', NONE]);
  expect((await chipNames(h, page)).every((name) => name.startsWith('AI Interview'))).toBe(true);
  // Styled (the <style> took): every chip one fixed pill, whatever it says; the page cannot open it.
  expect(await chipLooks(h, page)).toEqual([
    { text: 'AI 82', width: 52, height: 20, background: 'rgb(30, 58, 138)', pageSeesRoot: false },
    { text: 'AI –', width: 52, height: 20, background: 'rgb(30, 58, 138)', pageSeesRoot: false },
  ]);
  expect(await page.evaluate(() => document.querySelector('[data-xobin-ai-score]')?.shadowRoot ?? null)).toBeNull();
  // Asked about by the application id each link names; the job link got no chip and no question.
  expect(apiCalls(h.mock, 'custom_field_id=5123456002').length).toBeGreaterThan(0);
  expect(apiCalls(h.mock, 'custom_field_id=5123456003').length).toBeGreaterThan(0);
  expect(apiCalls(h.mock).every((call) => call.hasValidKey)).toBe(true);
  await page.close();
});

it('asks only about rows scrolled into view, and follows the scroll', async () => {
  const page = await openList(longList(80, 8000));
  const onScreen = () => new Set(apiCalls(h.mock).map((call) => Number(call.query.custom_field_id) - 7200008000));
  await waitFor(
    async () => {
      const names = await chipNames(h, page);
      return names.length === 80 && names.slice(0, 8).every((name) => name === NONE);
    },
    { message: 'the first screen of chips to settle' },
  );
  expect(Math.max(...onScreen())).toBeLessThan(20); // an 800 × 600 window shows about a dozen rows
  expect(apiCalls(h.mock, rowLookup(8079))).toHaveLength(0);

  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await waitFor(async () => (await chipNames(h, page)).at(-1) === NONE, { message: 'the last rows to be looked up after scrolling' });
  expect(apiCalls(h.mock, rowLookup(8079)).length).toBeGreaterThan(0);
  // The middle was scrolled past in one jump: never on screen, never asked about.
  expect(apiCalls(h.mock, rowLookup(8040))).toHaveLength(0);
  await page.close();
});

it('clicking a chip switches the open sidebar to that candidate and stays on the list', async () => {
  // Firefox refuses sidebarAction.open() from a page click carried by a message (see core.e2e.ts), but
  // the sidebar Firefox opened on install follows the tab, and the chip's candidate becomes the tab's.
  const url = fixtureUrl('greenhouse-candidate-list.html');
  const page = await openList(url);
  await waitForChips(h, page, ['AI Interview 82', NONE]);
  const box = await h.ff.evaluateInContentScript<{ x: number; y: number }>(
    page,
    `(() => { const r = document.querySelector('[data-xobin-ai-score]').openOrClosedShadowRoot.querySelector('button').getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; })()`,
  );
  // A list is no profile: the sidebar shows no report for this tab before the click.
  expect(await h.ff.evaluateSidebar(`document.querySelector('[data-state]')?.getAttribute('data-state')`)).not.toBe('report');
  await page.mouse.click(box.x, box.y); // a trusted click through WebDriver BiDi
  await waitForSidebar(h, { state: 'report', texts: ['Jordan Example', 'Found by custom_field_id 5123456002, from the Greenhouse application'] });
  expect(page.url()).toBe(url);
  await page.close();
});
