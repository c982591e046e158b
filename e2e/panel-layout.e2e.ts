import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './helpers';
import { focusedElement, horizontalOverflow, openPanelTab, readyProfile } from './panel-helpers';

// The side panel is as wide as the recruiter drags it: 320 to 700 px must never scroll sideways.
// And all of it must work from the keyboard, with focus always visible.

/** Elements reaching past the right edge that no scrolling box of their own contains (for the message). */
function sticksOut(page: Page) {
  return page.evaluate(() => {
    const width = document.scrollingElement!.clientWidth;
    const scrolls = (el: Element | null): boolean => {
      for (let node = el; node && node !== document.body; node = node.parentElement) {
        if (/(auto|scroll|hidden)/.test(getComputedStyle(node).overflowX)) return true;
      }
      return false;
    };
    return Array.from(document.querySelectorAll('body *'))
      .filter((el) => el.getBoundingClientRect().right > width + 0.5 && !scrolls(el.parentElement))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} (right ${Math.round(el.getBoundingClientRect().right)})`);
  });
}

async function expectNoSidewaysScroll(page: Page, label: string): Promise<void> {
  const { scrollWidth, clientWidth } = await horizontalOverflow(page);
  expect(scrollWidth, `${label}: page is ${scrollWidth}px wide in ${clientWidth}px; sticking out: ${(await sticksOut(page)).join(', ')}`).toBeLessThanOrEqual(
    clientWidth,
  );
}

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

describe('widths', () => {
  it('fits the report in 320 and 700 px, with search results and the player open too', async () => {
    const profile = await readyProfile(h, 'jordan', '82');
    const page = await openPanelTab(h, profile.tabId, { width: 320 });
    for (const width of [320, 700, 320]) {
      await page.setViewportSize({ width, height: 800 });
      await expectNoSidewaysScroll(page, `report at ${width}px`);
    }
    await page.getByRole('searchbox', { name: 'Search the transcript' }).fill('SELECT');
    await page
      .locator('li.msg')
      .getByRole('button', { name: /^Play session/ })
      .last()
      .click();
    await page.locator('.player video').waitFor();
    for (const width of [320, 700]) {
      await page.setViewportSize({ width, height: 800 });
      await expectNoSidewaysScroll(page, `report with search and player at ${width}px`);
    }
    await page.close();
    await profile.page.close();
  });

  it('fits the 5,000-message report in 320 and 700 px', async () => {
    const profile = await readyProfile(h, 'riley', '71', 20_000);
    const page = await openPanelTab(h, profile.tabId, { width: 320, timeoutMs: 20_000 });
    for (const width of [320, 700]) {
      await page.setViewportSize({ width, height: 800 });
      await expectNoSidewaysScroll(page, `long report at ${width}px`);
    }
    await page.close();
    await profile.page.close();
  });
});

describe('keyboard', () => {
  it('reaches every main action with Tab, each with a visible focus indicator', async () => {
    const profile = await readyProfile(h, 'jordan', '82');
    const page = await openPanelTab(h, profile.tabId);
    await page.bringToFront();
    const wanted = [
      'Refresh',
      'Copy summary',
      'Open in tab',
      'Open Xobin report',
      'Open PDF',
      'Copy scorecard',
      'Export transcript (.md)',
      'Search the transcript',
      'Show',
      'Play session 1 from',
      'Copy code',
    ];
    const reached: string[] = [];
    const invisible: string[] = [];
    for (let press = 0; press < 60 && !wanted.every((name) => reached.some((seen) => seen.startsWith(name))); press++) {
      await page.keyboard.press('Tab');
      const focused = await focusedElement(page);
      if (!focused) continue;
      reached.push(focused.name);
      if (!focused.focusVisible || !focused.indicator) invisible.push(`${focused.tag} "${focused.name}" (focus-visible ${focused.focusVisible})`);
    }
    expect(
      wanted.filter((name) => !reached.some((seen) => seen.startsWith(name))),
      `reached: ${reached.join(' | ')}`,
    ).toEqual([]);
    expect(invisible, 'focused without a visible indicator').toEqual([]);

    // A time reached by keyboard opens the player with Enter; "/" jumps back to the search.
    await page
      .locator('li.msg')
      .getByRole('button', { name: /^Play session/ })
      .first()
      .focus();
    await page.keyboard.press('Enter');
    await page.locator('.player video').waitFor();
    await page.keyboard.press('/');
    expect((await focusedElement(page))?.name).toBe('Search the transcript');
    await page.close();
    await profile.page.close();
  });
});
