import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sidePanelEvaluate } from '../scripts/lib/browser.mjs';
import { apiCalls, CANDIDATES, openPanelFromLauncher, openProfile, startHarness, waitForBadge, waitForPanel, type Harness } from './helpers';

// The main path: a recruiter opens a profile, sees the score on the toolbar badge, clicks the
// in-page button and reads the full report in the side panel.

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
});

describe('side panel', () => {
  it('opens from the in-page launcher with the full report', async () => {
    const { page, tabId } = await openProfile(h, CANDIDATES.jordan.url);
    await waitForBadge(h, tabId, '82');
    await openPanelFromLauncher(h, page);
    const panel = await waitForPanel(h, {
      state: 'report',
      texts: [
        'Jordan Example',
        '82',
        'Recommended for the next round',
        // Integrity 10 (observed as an integer) and skills from both lists.
        '10',
        'System design',
        'Kubernetes',
        'idempotent webhook processing', // summary
        // Transcript: both roles, and a multi-line code answer.
        'describing a backend system you built recently',
        'Expand and contract',
        'function firstUnique(text)',
      ],
    });
    expect(panel.text).toMatch(/integrity/i);
    // The code answer keeps its line breaks (rendered as code, not collapsed into one line).
    const codeLines = await sidePanelEvaluate(h.ext.context, h.ext.extensionId, () =>
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
    await waitForBadge(h, tabId, '71');
    await openPanelFromLauncher(h, page);
    await waitForPanel(h, { state: 'report', texts: ['Riley Sample', 'Recommended with reservations', '(#1)'] });
    // Looked up by the response id in the page's link, not by the Greenhouse ids.
    expect(apiCalls(h.mock, CANDIDATES.riley.lookup).length).toBeGreaterThan(0);
    await page.close();
  });
});
