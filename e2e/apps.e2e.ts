import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { tabIdOf } from '../scripts/lib/browser.mjs';
import { chipNames, CSP_IN_FORCE, openProfile, startHarness, tabState, waitFor, waitForBadge, type Harness } from './helpers';

// ATS pages built like real apps (scripts/mock-xobin/apps-pages.mjs), in real Chromium at their real
// hostnames: web components with nested open shadow roots, a record inside an iframe, a strict CSP.

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

const NONE = 'AI Interview: no report found';

async function waitForChips(page: Page, expected: string[], timeoutMs = 10_000): Promise<void> {
  let seen: string[] = [];
  await waitFor(async () => JSON.stringify((seen = await chipNames(page))) === JSON.stringify(expected), { timeoutMs }).catch(() => {
    throw new Error(`Chips ${JSON.stringify(seen)}, expected ${JSON.stringify(expected)}`);
  });
}

it('SmartRecruiters list: <sr-link> rows inside nested shadow roots get chips with scores, right after the link, rows loaded later too', async () => {
  const { page } = await openProfile(h, 'https://www.smartrecruiters.com/app/people?__shadow=1');
  await waitForChips(page, ['AI Interview 88', 'AI Interview 66']);
  // Each chip sits right after its <sr-link>, inside the row's own shadow root.
  const placed = await page.evaluate(() => {
    const rows = [...document.querySelector('spl-table')!.shadowRoot!.querySelectorAll('sr-list-row')];
    return rows.map((row) => row.shadowRoot!.querySelector('sr-link')!.nextElementSibling?.hasAttribute('data-xobin-ai-score') ?? null);
  });
  expect(placed).toEqual([true, null, true]);
  await page.close();
});

const BULLHORN_SHELL = 'https://cls91.bullhornstaffing.com/BullhornSTAFFING/MainFrame.jsp';

it('Bullhorn: the candidate record the app renders in an iframe is detected and its score shown on the badge', async () => {
  const { page, tabId } = await openProfile(h, `${BULLHORN_SHELL}?open=candidate`);
  await waitForBadge(h, tabId, '95');
  expect(await page.locator('[data-xobin-ai-interview]').count()).toBe(1);
  await page.close();
});

it('Bullhorn: the frame going from a job order to a candidate record is a new detection', async () => {
  const { page, tabId } = await openProfile(h, BULLHORN_SHELL);
  await waitFor(async () => (await tabState(h, tabId))?.phase === 'no-candidate', { message: 'the job order to be reported as no candidate' });
  await page.evaluate(() => {
    (document.getElementById('record') as HTMLIFrameElement).src = '/BullhornSTAFFING/OpenWindow.cfm?Entity=Candidate&id=14101';
  });
  await waitForBadge(h, tabId, '95');
  await page.close();
});

it('a page under a strict CSP (default-src self, Trusted Types): launcher and chips at their fixed size, the badge, no violation of ours', async () => {
  const url = 'https://app.greenhouse.io/people/4012345002?application_id=5123456002&__csp=strict';
  const page = await h.ext.context.newPage();
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`),
    );
  });
  const response = await page.goto(url);
  expect(response?.headers()['content-security-policy']).toBe("default-src 'self'; require-trusted-types-for 'script'");
  await page.bringToFront();
  await waitForChips(page, [NONE, 'AI Interview: Started, no score yet']);
  const tabId = await tabIdOf(page, { serviceWorker: h.ext.serviceWorker });
  await waitForBadge(h, tabId, '82');
  const boxes = await page.evaluate(() => {
    const size = (element: Element) => {
      const box = element.getBoundingClientRect();
      return [box.width, box.height];
    };
    return { launcher: size(document.querySelector('[data-xobin-ai-interview]')!), chips: [...document.querySelectorAll('[data-xobin-ai-score]')].map(size) };
  });
  expect(boxes).toEqual({
    launcher: [148, 34],
    chips: [
      [52, 20],
      [52, 20],
    ],
  });
  // One violation only: the page's own style attribute (#csp-probe, in its markup); none of ours.
  const violations = await page.evaluate(() => (window as unknown as { violations: string[] }).violations);
  expect(violations).toHaveLength(1);
  expect(violations[0]).toMatch(/^style-src-attr inline https:\/\/app\.greenhouse\.io\/people\/4012345002:\d+$/);
  // The policy is in force for the page itself: its own style attribute and HTML string are refused.
  expect(await page.evaluate(CSP_IN_FORCE)).toEqual({ styleAttribute: 'dropped', innerHTML: 'refused' });
  await page.close();
});
