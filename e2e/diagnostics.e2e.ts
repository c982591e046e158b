import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiCalls,
  badgeText,
  grantHostPermission,
  openProfile,
  setExtensionStorage,
  startHarness,
  tabState,
  waitFor,
  waitForBadge,
  type Harness,
} from './helpers';
import { clipboardOf, expectAccessible, openPanelTab } from './panel-helpers';

// Issue 20, item 5: a page on a supported host that nothing recognises. "Why no report?" says who
// looked and what they read, and turns the page into a recruiter rule that then finds the report.

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

// The in-house ATS of rules.e2e.ts (scripts/mock-xobin/extra-pages.mjs), after a redesign: its rule
// reads /talent/{id}, the profile now lives at /v2/people/{id}/overview.
const ACME_HOST = 'ats.acme-hiring.example';
const ACME_RULE = { id: 'acme', name: 'Acme Hiring', host: ACME_HOST, urlPattern: '/talent/(?<candidateId>\\d+)', template: 'ACME-{candidateId}' };
const REDESIGNED = `https://${ACME_HOST}/v2/people/77123/overview`;

function fieldValue(page: Page, label: string): Promise<string> {
  return page.getByLabel(label, { exact: true }).inputValue();
}

describe('"Why no report?" on a page no adapter recognises', () => {
  it('shows the adapters and shapes, drafts a rule into settings, and the saved rule finds the report', async () => {
    await grantHostPermission(h, `https://${ACME_HOST}/*`);
    await setExtensionStorage(h, { customRules: [ACME_RULE] });
    await waitFor(() => h.ext.serviceWorker.evaluate(() => chrome.scripting.getRegisteredContentScripts().then((scripts) => scripts.length > 0)), {
      message: 'the detector registered on the rule host',
    });

    const { page, tabId } = await openProfile(h, REDESIGNED);
    await waitFor(async () => (await tabState(h, tabId))?.phase === 'no-candidate', { message: 'the worker saw the page and no candidate' });
    expect(await badgeText(h.ext.serviceWorker, tabId)).toBe('');

    const panel = await openPanelTab(h, tabId, { state: 'empty' });
    const summary = panel.getByText('Why no report?', { exact: true });
    await summary.focus();
    await panel.keyboard.press('Enter'); // a disclosure: the keyboard opens it
    const why = panel.getByTestId('why-no-report');
    await why.getByText('No adapter recognised a candidate on this page.').waitFor();
    expect(await why.innerText()).toContain('Acme Hiring');
    expect(await why.innerText()).toContain('/talent/(?<candidateId>\\d+)');
    expect(await why.innerText()).toContain(`https://${ACME_HOST}/v2/people/{personId}/overview`);
    await expectAccessible(panel, '"Why no report?" open');

    // What support gets: the shape and the adapters, the id masked.
    const clipboard = await clipboardOf(h, page);
    await clipboard.reset();
    await why.getByRole('button', { name: 'Copy diagnostics' }).click();
    await waitFor(async () => (await clipboard.read()).startsWith('Xobin AI Interview reports: page diagnostics'), { message: 'the diagnostics were copied' });
    const copied = await clipboard.read();
    expect(copied).toContain(`Page (ids masked): https://${ACME_HOST}/v2/people/{personId}/overview`);
    expect(copied).toContain('Acme Hiring (custom-acme)');
    expect(copied).not.toContain('77123');

    // The button opens settings in a new tab, the rule form filled from this page.
    const [settings] = await Promise.all([h.ext.context.waitForEvent('page'), why.getByRole('button', { name: 'Make a rule for pages like this' }).click()]);
    await settings.waitForLoadState('domcontentloaded');
    expect(new URL(settings.url()).pathname).toBe('/options.html');
    await settings.getByRole('heading', { name: 'Your own ATS rules' }).waitFor();
    expect(await fieldValue(settings, 'Host')).toBe(ACME_HOST);
    expect(await fieldValue(settings, 'URL pattern')).toBe('/v2/people/(?<personId>\\d+)/overview(?:[/?#]|$)');
    expect(await fieldValue(settings, 'Template')).toBe('ACME-{personId}');
    expect(await fieldValue(settings, 'Name')).toBe('Acme Hiring (v2)');

    await settings.getByRole('button', { name: 'Add rule' }).click();
    await settings.getByText(/saved/i).first().waitFor();
    const stored = await h.ext.serviceWorker.evaluate(() => chrome.storage.local.get('customRules').then((all) => all.customRules as { host: string }[]));
    expect(stored).toHaveLength(2);
    await settings.close();
    await panel.close();

    // The page's detector learns the rules when it starts: the recruiter reloads, the badge shows the score.
    await page.reload();
    await waitForBadge(h, tabId, '86');
    expect(apiCalls(h.mock, 'custom_field_id=ACME-77123').length).toBeGreaterThan(0);
    await page.close();
  });

  it('on a shipped host: a shape Greenhouse does not read becomes a rule the Greenhouse page then uses', async () => {
    const { page, tabId } = await openProfile(h, 'https://app.greenhouse.io/people/4012345004/profile');
    await waitFor(async () => (await tabState(h, tabId))?.phase === 'no-candidate', { message: 'the worker saw the page and no candidate' });
    const panel = await openPanelTab(h, tabId, { state: 'empty' });
    await panel.getByText('Why no report?', { exact: true }).click();
    const why = panel.getByTestId('why-no-report');
    // Greenhouse's own URL shapes (utils/ats/shapes.ts), so the recruiter sees what it does read.
    await why.getByText('app.greenhouse.io/people/{personId}/applications/{applicationId}', { exact: true }).waitFor();
    const [settings] = await Promise.all([h.ext.context.waitForEvent('page'), why.getByRole('button', { name: 'Make a rule for pages like this' }).click()]);
    await settings.getByRole('heading', { name: 'Your own ATS rules' }).waitFor();
    expect(await fieldValue(settings, 'Host')).toBe('app.greenhouse.io');
    expect(await fieldValue(settings, 'URL pattern')).toBe('/people/(?<personId>\\d+)/profile(?:[/?#]|$)');
    expect(await fieldValue(settings, 'Template')).toBe('{personId}');
    await settings.getByRole('button', { name: 'Add rule' }).click();
    await settings.getByText(/saved/i).first().waitFor();
    await settings.close();
    await panel.close();

    await page.reload();
    await waitForBadge(h, tabId, 'P'); // Sam's interview is still pending
    expect(apiCalls(h.mock, 'custom_field_id=4012345004').length).toBeGreaterThan(0);
    await page.close();
  });
});
