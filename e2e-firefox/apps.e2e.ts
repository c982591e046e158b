import { afterAll, beforeAll, expect, it } from 'vitest';
import { API_KEY, chipLooks, openProfile, startFirefoxHarness, waitForBadge, waitForChips, type FirefoxHarness } from './helpers';

// A page served with a strict Content-Security-Policy header (scripts/mock-xobin/apps-pages.mjs) in
// real Firefox ESR, where a page's CSP applies to styles a content script puts in: the launcher and
// the chips must keep their fixed size and look there too.

let h: FirefoxHarness;
beforeAll(async () => {
  h = await startFirefoxHarness({ apiKey: API_KEY });
});
afterAll(() => h?.close());

it('under default-src self and Trusted Types: launcher and chips at their fixed size and styled, and the badge', async () => {
  const { page, tabId } = await openProfile(h, 'https://app.greenhouse.io/people/4012345002?application_id=5123456002&__csp=strict');
  await waitForChips(h, page, ['AI Interview: no report found', 'AI Interview: Started, no score yet']);
  await waitForBadge(h, tabId, '82');
  const boxes = await h.ff.evaluateInContentScript(
    page,
    `(() => {
      const size = (element) => { const box = element.getBoundingClientRect(); return [box.width, box.height]; };
      return { launcher: size(document.querySelector('xobin-ai-interview')), chips: [...document.querySelectorAll('xobin-ai-score')].map(size) };
    })()`,
  );
  expect(boxes).toEqual({ launcher: [148, 34], chips: [[52, 20], [52, 20]] });
  expect((await chipLooks(h, page)).map(({ width, height, background }) => ({ width, height, background }))).toEqual([
    { width: 52, height: 20, background: 'rgb(30, 58, 138)' },
    { width: 52, height: 20, background: 'rgb(30, 58, 138)' },
  ]);
  // The policy is in force: the page's own style attribute was dropped (7 px wide otherwise).
  expect(await h.ff.evaluateInContentScript(page, `document.getElementById('csp-probe').getBoundingClientRect().width`)).not.toBe(7);
  await page.close();
});
