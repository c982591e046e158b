import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateInContentScript, findLauncher, sidePanelEvaluate } from '../scripts/lib/browser.mjs';
import { sampleReport } from '../scripts/mock-xobin/server.mjs';
import {
  apiCalls,
  badgeText,
  CANDIDATES,
  holdsFor,
  openPanelFromLauncher,
  openProfile,
  startHarness,
  waitForBadge,
  waitForPanel,
  type Harness,
} from './helpers';

// The main path: a recruiter opens a profile, sees the score on the toolbar badge, clicks the
// in-page button and reads the full report in the side panel.

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

describe('badge', () => {
  it('shows the score on a Greenhouse profile', async () => {
    const { page, tabId } = await openProfile(h, CANDIDATES.jordan.url);
    await waitForBadge(h, tabId, '82');
    expect(apiCalls(h.mock, CANDIDATES.jordan.lookup).length).toBeGreaterThan(0);
    await page.close();
  });

  it('shows the score on a Lever profile', async () => {
    const { page, tabId } = await openProfile(h, CANDIDATES.alex.url);
    await waitForBadge(h, tabId, '64');
    await page.close();
  });

  it('clears on a page that is not one profile, even with a Xobin link on it', async () => {
    const { page, tabId } = await openProfile(h, CANDIDATES.alex.url);
    await waitForBadge(h, tabId, '64');
    await page.goto('https://hire.lever.co/candidates?stage=lead-new'); // pipeline, links to report 979554
    await waitForBadge(h, tabId, '');
    // The content script has run on the new page (its world exists); from then on nothing may appear.
    expect((await evaluateInContentScript(page, h.ext.extensionId, 'true')).value).toBe(true);
    await holdsFor(
      async () =>
        (await badgeText(h.ext.serviceWorker, tabId)) === '' && (await findLauncher(page)) === null && apiCalls(h.mock, 'response_id=979554').length === 0,
      1500,
      'no badge, no launcher and no lookup of the linked report on the pipeline page',
    );
    await page.close();
  });
});

describe('side panel', () => {
  it('opens from the in-page launcher with the full report', async () => {
    const { page, tabId } = await openProfile(h, CANDIDATES.jordan.url);
    await waitForBadge(h, tabId, '82');
    await openPanelFromLauncher(h, page);
    const panel = await waitForPanel(h, {
      state: 'report',
      // The summary, and the last message (so the transcript has rendered before we read it).
      texts: ['Jordan Example', 'Recommended for the next round', 'idempotent webhook processing', 'Expand and contract'],
    });
    // Labels may be styled upper-case (innerText applies text-transform), hence /i.
    expect(panel.text).toMatch(/score\s*82\b/i);
    expect(panel.text).toMatch(/integrity\s*10\b/i); // observed as an integer
    for (const skill of [/Go\s*85/, /System design\s*76/, /Kubernetes\s*60/]) expect(panel.text).toMatch(skill);
    // Every transcript message, from both speakers, multi-line code included (whitespace-normalised).
    const shown = squash(panel.text);
    const messages = sampleReport(979554).conversation!;
    expect(new Set(messages.map((message) => message.role))).toEqual(new Set(['user', 'assistant']));
    for (const message of messages) expect(shown).toContain(squash(String(message.content)));
    // The code answers keep their line breaks (rendered as code, not collapsed into one line).
    const codeLines = await sidePanelEvaluate(
      h.ext.context,
      h.ext.extensionId,
      () =>
        Array.from(document.querySelectorAll('pre, code'))
          .map((node) => (node as HTMLElement).innerText)
          .find((text) => text.includes('firstUnique'))
          ?.split('\n').length ?? 0,
    );
    expect(codeLines).toBeGreaterThanOrEqual(8);
    await page.close();
  });

  it('copes with a 5,000-message transcript found through a Xobin report link', async () => {
    const { page, tabId } = await openProfile(h, CANDIDATES.riley.url);
    // ~800 KB of JSON to fetch, validate, cache and render: allow a loaded CI machine more time.
    await waitForBadge(h, tabId, '71', 20_000);
    await openPanelFromLauncher(h, page);
    await waitForPanel(h, { state: 'report', texts: ['Riley Sample', 'Recommended with reservations', '(#1)'] }, 20_000);
    // Looked up by the response id in the page's link, not by the Greenhouse ids.
    expect(apiCalls(h.mock, CANDIDATES.riley.lookup).length).toBeGreaterThan(0);
    await page.close();
  });
});
