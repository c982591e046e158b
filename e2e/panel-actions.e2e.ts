import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleReport } from '../scripts/mock-xobin/server.mjs';
import { apiCalls, startHarness, waitFor, type Harness } from './helpers';
import { clipboardOf, openPanelTab, panelUrl, readyProfile, waitForState } from './panel-helpers';

// The report's actions, clicked in the panel page: what lands on the real clipboard, and the
// full-width report tab (its own URL, so a recruiter can bookmark or share it).

const jordan = sampleReport(979554) as ReturnType<typeof sampleReport> & {
  candidate_name: string;
  candidate_summary: string;
  recommendation: string;
  report_link: string;
  skill_wise_scores: Record<'must_haves' | 'nice_to_haves', Array<{ skill_name: string; score: number }>>;
  conversation: Array<{ content: string; mode: string }>;
};

let h: Harness;
let panel: Page;
let clipboard: Awaited<ReturnType<typeof clipboardOf>>;
beforeAll(async () => {
  h = await startHarness();
  const profile = await readyProfile(h, 'jordan', '82');
  clipboard = await clipboardOf(h, profile.page);
  panel = await openPanelTab(h, profile.tabId);
});
afterAll(() => h?.close());

/** Clicks `button` and returns the clipboard once it no longer holds the marker. */
async function copiedBy(locator: ReturnType<Page['locator']>): Promise<string> {
  await clipboard.reset();
  // The element itself: its accessible name changes to "Copied", so the locator would lose it.
  const button = (await locator.elementHandle())!;
  await button.click();
  const text = await waitFor(
    async () => {
      const now = await clipboard.read();
      return now === '(clipboard marker)' ? undefined : now;
    },
    { timeoutMs: 5000, message: 'the clipboard to change' },
  );
  // The button says so, in words a screen reader also gets.
  await waitFor(async () => (await button.innerText()).trim() === 'Copied', { timeoutMs: 5000, message: 'the button to say "Copied"' });
  return text;
}

describe('copy', () => {
  it('copies each code answer exactly, indentation and line breaks included', async () => {
    const code = jordan.conversation.flatMap((message, index) => (message.mode === 'code' ? [index] : []));
    expect(code.length).toBe(2);
    for (const index of code) {
      const button = panel.locator(`li.msg[data-index="${index}"]`).getByRole('button', { name: 'Copy code' });
      expect(await copiedBy(button)).toBe(jordan.conversation[index]!.content);
    }
  });

  it('copies the summary', async () => {
    expect(await copiedBy(panel.getByRole('button', { name: 'Copy summary' }))).toBe(jordan.candidate_summary);
  });

  it('copies a scorecard with name, score, recommendation, integrity, skills and the report link', async () => {
    const text = await copiedBy(panel.getByRole('button', { name: 'Copy scorecard' }));
    expect(text).toMatch(/^\*\*Jordan Example\*\*/);
    expect(text).toContain('Score: 82');
    expect(text).toContain(`Recommendation: ${jordan.recommendation}`);
    expect(text).toContain('Integrity: 10 out of 10');
    for (const skill of [...jordan.skill_wise_scores.must_haves, ...jordan.skill_wise_scores.nice_to_haves]) {
      expect(text).toContain(`${skill.skill_name} ${skill.score}`);
    }
    expect(text).toContain(jordan.report_link);
  });
});

/** What identifies the report on screen: who, the verdict, the skills and the transcript's size. */
async function reportFacts(page: Page) {
  const text = await page.locator('main').innerText();
  return {
    name: text.includes(jordan.candidate_name),
    recommendation: text.includes(jordan.recommendation),
    skills: [...jordan.skill_wise_scores.must_haves, ...jordan.skill_wise_scores.nice_to_haves].every((s) => text.includes(s.skill_name)),
    messages: await page.locator('.transcript h2').innerText(),
  };
}

describe('open in tab', () => {
  it('opens the same report at full width in a new tab, at a URL that names the response', async () => {
    const [tab] = await Promise.all([h.ext.context.waitForEvent('page'), panel.getByRole('button', { name: 'Open in tab' }).click()]);
    await tab.waitForURL(panelUrl(h, 'responseId=979554'));
    await waitForState(tab, 'report');
    expect(await reportFacts(tab)).toEqual(await reportFacts(panel));
    expect(await tab.locator('main').evaluate((main) => main.getBoundingClientRect().width)).toBeGreaterThan(700);
    await tab.close();
  });

  it('is linkable: the URL loaded afresh shows the report, also one this browser never looked up', async () => {
    const again = await h.ext.context.newPage();
    await again.goto(panelUrl(h, 'responseId=979554'));
    await waitForState(again, 'report');
    expect(await reportFacts(again)).toMatchObject({ name: true, recommendation: true, skills: true });

    expect(apiCalls(h.mock, 'response_id=979560')).toEqual([]);
    await again.goto(panelUrl(h, 'responseId=979560'));
    await waitForState(again, 'report');
    expect(await again.locator('main h1').innerText()).toBe('Alex Demo');
    expect(apiCalls(h.mock, 'response_id=979560').length).toBeGreaterThan(0);
    await again.close();
  });
});
