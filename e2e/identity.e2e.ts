import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sidePanelEvaluate } from '../scripts/lib/browser.mjs';
import { fixtureUrl, openPanelFromLauncher, openProfile, panelClickButton, startHarness, waitFor, waitForBadge, waitForPanel, type Harness } from './helpers';

// Issue 20, item 3, in real Chromium: a Greenhouse profile with generated class names and the email
// as plain text (utils/ats/fixtures/greenhouse-generated-classes*.html; the recruiter's own address
// in the top bar, a colleague's in the activity feed). Neither profile's ids have a report in the mock:
// the only report is the one a link on the page names (Riley Sample's, 979561, score 71).

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

const recent = () =>
  h.ext.serviceWorker.evaluate(() =>
    chrome.storage.session.get('recent').then((all) => ((all.recent ?? []) as { responseId: string }[]).map((item) => item.responseId)),
  );
const warning = () =>
  sidePanelEvaluate(h.ext.context, h.ext.extensionId, () => document.querySelector('[data-testid="identity-warning"]')?.textContent ?? null);

describe('a report reached through a Xobin link on the profile', () => {
  it("shows the score, with no warning, when the page shows the same person's email as plain text", async () => {
    const { page, tabId } = await openProfile(h, fixtureUrl('greenhouse-generated-classes.html'));
    await waitForBadge(h, tabId, '71');
    await openPanelFromLauncher(h, page);
    await waitForPanel(h, { state: 'report', texts: ['Riley Sample'] });
    expect(await warning()).toBeNull();
    await waitFor(async () => (await recent()).includes('979561'), { message: 'Riley in recent candidates' });
    await page.close();
  }, 30_000);

  it("shows the identity marker for a planted link to another person's report, says whose it is and why, and keeps it out of recent candidates until the recruiter confirms it", async () => {
    await h.ext.serviceWorker.evaluate(() => chrome.storage.session.set({ recent: [] }));
    const { page, tabId } = await openProfile(h, fixtureUrl('greenhouse-generated-classes-planted.html'));
    await waitForBadge(h, tabId, '≠');
    const title = await h.ext.serviceWorker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId);
    expect(title).toContain('this report is for riley.sample@example.com, but the profile shows sam.placeholder@example.com');
    expect(title).not.toMatch(/score 71/);
    await openPanelFromLauncher(h, page);
    await waitForPanel(h, { state: 'report' });
    expect(await warning()).toContain('This report is for riley.sample@example.com — the profile shows sam.placeholder@example.com.');
    // The warning leads: it comes before the report's name and score.
    const leads = await sidePanelEvaluate(h.ext.context, h.ext.extensionId, () => {
      const first = document.querySelector('[data-testid="identity-warning"]');
      const name = document.querySelector('main h1');
      return Boolean(first && name && first.compareDocumentPosition(name) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(leads).toBe(true);
    const compare = await sidePanelEvaluate(h.ext.context, h.ext.extensionId, () =>
      Array.from(document.querySelectorAll('button')).some((button) => button.textContent?.trim() === 'Add to compare'),
    );
    expect(compare).toBe(false);
    expect(await recent()).toEqual([]);
    // The recruiter knows better: it is Sam's interview under another address.
    await panelClickButton(h, 'It is the right candidate: show it as theirs');
    await waitForBadge(h, tabId, '71');
    await waitFor(async () => (await warning()) === null, { message: 'the warning to go' });
    await waitFor(async () => (await recent()).includes('979561'), { message: 'the confirmed report in recent candidates' });
    await page.close();
  }, 30_000);
});
