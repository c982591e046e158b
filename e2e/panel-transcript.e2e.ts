import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleReport } from '../scripts/mock-xobin/server.mjs';
import { startHarness, type Harness } from './helpers';
import { openPanelTab, readyProfile } from './panel-helpers';

// Transcript search and the speaker filter, in the panel page at side-panel width: a short report
// (every message rendered) and the 5,000-message one (rendered in a window that must follow the match).

type Message = { role: string; content: string; mode: string };
const messagesOf = (responseId: number) => sampleReport(responseId).conversation as unknown as Message[];

/** Where a literal, case-insensitive search should hit: [message index, offset] in reading order. */
function expectedHits(messages: readonly Message[], query: string, role?: string): Array<[number, number]> {
  const needle = query.toLowerCase();
  return messages.flatMap((message, index) => {
    if (role && message.role !== role) return [];
    const hits: Array<[number, number]> = [];
    for (let at = message.content.toLowerCase().indexOf(needle); at >= 0; at = message.content.toLowerCase().indexOf(needle, at + needle.length)) {
      hits.push([index, at]);
    }
    return hits;
  });
}

/** The search UI as the recruiter sees it. */
function searchState(page: Page) {
  return page.evaluate(() => {
    const marks = Array.from(document.querySelectorAll('.transcript mark'));
    const current = document.querySelector('.transcript mark[data-current]');
    const box = current?.getBoundingClientRect();
    return {
      count: document.querySelector('.match-count')?.textContent?.trim() ?? '',
      marks: marks.length,
      markTexts: [...new Set(marks.map((mark) => mark.textContent?.toLowerCase()))],
      currents: document.querySelectorAll('.transcript mark[data-current]').length,
      currentPosition: current ? marks.indexOf(current) : -1,
      currentMessage: Number(current?.closest('[data-index]')?.getAttribute('data-index') ?? -1),
      currentInView: box ? box.top >= 0 && box.bottom <= innerHeight : false,
      roles: [...new Set(Array.from(document.querySelectorAll('.transcript li.msg'), (li) => li.getAttribute('data-role')))].sort(),
      shown: document.querySelectorAll('.transcript li.msg').length,
    };
  });
}

/** Polls the search UI until it matches (a loaded machine may take a moment to render). */
const poll = (page: Page) => expect.poll(() => searchState(page), { timeout: 5000 });

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

describe('a short transcript', () => {
  const messages = messagesOf(979554);
  let page: Page;
  beforeAll(async () => {
    const { tabId } = await readyProfile(h, 'jordan', '82');
    page = await openPanelTab(h, tabId);
  });

  it('highlights every match, counts them, and steps through them both ways', async () => {
    const hits = expectedHits(messages, 'ORDER');
    expect(hits.length).toBeGreaterThan(3);
    await page.getByRole('searchbox', { name: 'Search the transcript' }).fill('ORDER');
    await poll(page).toMatchObject({
      count: `1 of ${hits.length}`,
      marks: hits.length,
      markTexts: ['order'],
      currents: 1,
      currentPosition: 0,
      currentMessage: hits[0]![0],
    });
    await page.getByRole('button', { name: /^Next match/ }).click();
    await poll(page).toMatchObject({ count: `2 of ${hits.length}`, currentPosition: 1, currentMessage: hits[1]![0] });
    await page.getByRole('button', { name: /^Previous match/ }).click();
    await page.getByRole('button', { name: /^Previous match/ }).click(); // wraps round to the last
    await poll(page).toMatchObject({ count: `${hits.length} of ${hits.length}`, currentPosition: hits.length - 1 });
    await page.getByRole('searchbox', { name: 'Search the transcript' }).press('Enter'); // Enter = next, wraps to the first
    await poll(page).toMatchObject({ count: `1 of ${hits.length}`, currentPosition: 0 });
    // Matches inside code answers are highlighted too, within the code block.
    const inCode = hits.filter(([index]) => messages[index]!.mode === 'code').length;
    expect(inCode).toBeGreaterThan(0);
    expect(await page.locator('.transcript pre mark').count()).toBe(inCode);
    await page.getByRole('searchbox', { name: 'Search the transcript' }).fill('no such words');
    await poll(page).toMatchObject({ count: 'No matches', marks: 0 });
    await page.getByRole('searchbox', { name: 'Search the transcript' }).press('Escape'); // clears the search
    await poll(page).toMatchObject({ count: '', marks: 0, shown: messages.length });
    expect(await page.getByRole('searchbox', { name: 'Search the transcript' }).inputValue()).toBe('');
  });

  it('filters by speaker, and searches only what is shown', async () => {
    const filter = page.getByRole('combobox', { name: /^Show/ });
    for (const [label, role] of [
      ['Candidate', 'user'],
      ['Interviewer', 'assistant'],
    ] as const) {
      await filter.selectOption({ label });
      await poll(page).toMatchObject({ roles: [role], shown: messages.filter((m) => m.role === role).length });
      await page.getByRole('searchbox', { name: 'Search the transcript' }).fill('order');
      const hits = expectedHits(messages, 'order', role);
      await poll(page).toMatchObject({ count: `1 of ${hits.length}`, marks: hits.length, roles: [role] });
      await page.getByRole('searchbox', { name: 'Search the transcript' }).fill('');
    }
    await filter.selectOption({ label: 'Everyone' });
    await poll(page).toMatchObject({ roles: ['assistant', 'user'], shown: messages.length });
  });
});

describe('the 5,000-message transcript', () => {
  const messages = messagesOf(979561);
  let page: Page;
  let firstRenderElements: number | null = null;
  beforeAll(async () => {
    const { tabId } = await readyProfile(h, 'riley', '71', 20_000);
    page = await openPanelTab(h, tabId, {
      timeoutMs: 20_000,
      // Counted in the same task that first puts data-state="report" in the DOM.
      before: (p) =>
        p.addInitScript(() => {
          const observer = new MutationObserver(() => {
            if (!document.querySelector('[data-state="report"]')) return;
            observer.disconnect();
            (window as unknown as { __firstRender: number }).__firstRender = document.querySelectorAll('*').length;
          });
          observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-state'] });
        }),
    });
    firstRenderElements = await page.evaluate(() => (window as unknown as { __firstRender?: number }).__firstRender ?? null);
  });

  it('keeps its first render under ~800 elements', () => {
    console.log(`5,000-message report, elements at first render: ${firstRenderElements}`);
    expect(firstRenderElements).toBeGreaterThan(50);
    expect(firstRenderElements).toBeLessThan(800);
  });

  it('finds, renders and scrolls to matches deep in the transcript, and wraps round', async () => {
    const search = page.getByRole('searchbox', { name: 'Search the transcript' });
    const hits = expectedHits(messages, '(#4');
    const last = hits.at(-1)!;
    expect(last[0]).toBeGreaterThan(4900);
    await search.fill('(#4');
    await poll(page).toMatchObject({ count: `1 of ${hits.length}`, currentMessage: hits[0]![0] });
    await page.getByRole('button', { name: /^Previous match/ }).click();
    await poll(page).toMatchObject({
      count: `${hits.length} of ${hits.length}`,
      currentMessage: last[0],
      currents: 1,
      currentInView: true,
    });
    await page.getByRole('button', { name: /^Next match/ }).click();
    await poll(page).toMatchObject({ count: `1 of ${hits.length}`, currentMessage: hits[0]![0], currentInView: true });
    // A single match in the middle of the second session.
    await search.fill('(#3217)');
    await poll(page).toMatchObject({ count: '1 of 1', marks: 1, currentMessage: 3216, currentInView: true });
    // Never the whole transcript in the DOM, even after jumping around.
    expect((await searchState(page)).shown).toBeLessThan(400);
  });

  it('filters by speaker across all 5,000 messages', async () => {
    await page.getByRole('searchbox', { name: 'Search the transcript' }).fill('(#4');
    await page.getByRole('combobox', { name: /^Show/ }).selectOption({ label: 'Candidate' });
    const hits = expectedHits(messages, '(#4', 'user');
    await poll(page).toMatchObject({ count: `1 of ${hits.length}`, roles: ['user'], currentMessage: hits[0]![0] });
    await page.getByRole('button', { name: /^Previous match/ }).click();
    await poll(page).toMatchObject({ count: `${hits.length} of ${hits.length}`, currentMessage: hits.at(-1)![0], currentInView: true, roles: ['user'] });
  });
});
