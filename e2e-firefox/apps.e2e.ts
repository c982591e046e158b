import { afterAll, beforeAll, expect, it } from 'vitest';
import { API_KEY, chipLooks, openProfile, startFirefoxHarness, waitFor, waitForBadge, waitForChips, type FirefoxHarness } from './helpers';

// ATS pages built like real apps (scripts/mock-xobin/apps-pages.mjs) in real Firefox ESR, where the
// content script sees the page through Xrays and a page's CSP may apply to styles it puts in.

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
      return { launcher: size(document.querySelector('[data-xobin-ai-interview]')), chips: [...document.querySelectorAll('[data-xobin-ai-score]')].map(size) };
    })()`,
  );
  expect(boxes).toEqual({
    launcher: [148, 34],
    chips: [
      [52, 20],
      [52, 20],
    ],
  });
  expect((await chipLooks(h, page)).map(({ width, height, background }) => ({ width, height, background }))).toEqual([
    { width: 52, height: 20, background: 'rgb(30, 58, 138)' },
    { width: 52, height: 20, background: 'rgb(30, 58, 138)' },
  ]);
  // The policy is in force: the page's own style attribute was dropped (7 px wide otherwise).
  expect(await h.ff.evaluateInContentScript(page, `document.getElementById('csp-probe').getBoundingClientRect().width`)).not.toBe(7);
  await page.close();
});

/** Runs in the content-script sandbox: chip names in every open root (the chips sit inside them). */
const CHIPS_IN_ROOTS = `(() => {
  const names = [];
  const walk = (tree) => tree.querySelectorAll('*').forEach((element) => {
    if (element.hasAttribute('data-xobin-ai-score')) names.push(element.openOrClosedShadowRoot?.querySelector('button')?.getAttribute('aria-label') ?? '');
    else if (element.shadowRoot) walk(element.shadowRoot);
  });
  walk(document);
  return names;
})()`;

it('SmartRecruiters list: <sr-link> rows inside nested open shadow roots get chips with scores', async () => {
  const { page } = await openProfile(h, 'https://www.smartrecruiters.com/app/people?__shadow=1');
  let seen: string[] = [];
  await waitFor(
    async () =>
      JSON.stringify((seen = await h.ff.evaluateInContentScript<string[]>(page, CHIPS_IN_ROOTS))) === JSON.stringify(['AI Interview 88', 'AI Interview 66']),
    {
      timeoutMs: 10_000,
    },
  ).catch(() => {
    throw new Error(`Chips ${JSON.stringify(seen)}`);
  });
  await page.close();
});

it('Bullhorn: the candidate record in a same-origin iframe is detected and its score shown on the badge', async () => {
  const { page, tabId } = await openProfile(h, 'https://cls91.bullhornstaffing.com/BullhornSTAFFING/MainFrame.jsp?open=candidate');
  await waitForBadge(h, tabId, '95');
  await page.close();
});
