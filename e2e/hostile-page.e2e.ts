import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { findLauncher, panelSnapshot } from '../scripts/lib/browser.mjs';
import { CANDIDATES, chipNames, fixtureUrl, holdsFor, openProfile, setExtensionStorage, startHarness, waitFor, waitForBadge, type Harness } from './helpers';

// Issue 21: what a hostile ATS page can still do to the content script. Real Chromium, the built
// extension; each page's own script runs in its main world (addInitScript: before the content script).

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());
// A failed test leaves its tabs open: the next one must find only its own.
afterEach(async () => {
  for (const page of h.ext.context.pages()) if (page.url().startsWith('https://')) await page.close();
});

const panelIsOpen = async () => (await panelSnapshot(h.ext.context, h.ext.extensionId).catch(() => null))?.state != null;
const NONE = 'AI Interview: no report found';
const LIST = fixtureUrl('greenhouse-candidate-list.html');

async function waitForChips(page: Page, expected: string[]): Promise<void> {
  let seen: string[] = [];
  await waitFor(async () => JSON.stringify((seen = await chipNames(page))) === JSON.stringify(expected), { timeoutMs: 10_000 }).catch(() => {
    throw new Error(`Chips ${JSON.stringify(seen)}, expected ${JSON.stringify(expected)}`);
  });
}

/** A new tab whose page defines our elements' tag names before any script of ours runs. */
async function hostilePage(define: 'internals' | 'no-shadow'): Promise<Page> {
  const page = await h.ext.context.newPage();
  await page.addInitScript((mode) => {
    const read: string[] = [];
    const internals = new Set<ElementInternals>();
    (window as unknown as { __read: string[] }).__read = read;
    for (const tag of ['xobin-ai-score', 'xobin-ai-interview']) {
      customElements.define(
        tag,
        mode === 'internals'
          ? class extends HTMLElement {
              constructor() {
                super();
                internals.add(this.attachInternals());
              }
            }
          : class extends HTMLElement {
              static disabledFeatures = ['shadow'];
            },
      );
    }
    // Everything a root handed to our internals says: its text, labels and tooltips.
    setInterval(() => {
      for (const { shadowRoot } of internals) {
        if (!shadowRoot) continue;
        const labels = [...shadowRoot.querySelectorAll('*')].flatMap((node) => [node.textContent, node.getAttribute('aria-label'), node.getAttribute('title')]);
        const text = labels.filter(Boolean).join(' | ');
        if (text && !read.includes(text)) read.push(text);
      }
    }, 50);
    // Elements of the chip's tag after each link, for the content script to take as chip hosts.
    addEventListener('DOMContentLoaded', () => {
      for (const link of document.querySelectorAll('a[href]')) link.after(document.createElement('xobin-ai-score'));
    });
  }, define);
  return page;
}

/** The ATS re-renders its table by copying each row, the chips in it included. */
const cloneRows = (page: Page) =>
  page.evaluate(() => {
    for (const row of document.querySelectorAll('table.people tr')) row.replaceWith(row.cloneNode(true));
  });

// First in this file: no side panel is open yet.
describe('"Open automatically" and a page that clicks', () => {
  it('a synthetic click from the page does not use up the first click: the recruiter’s real click still opens the panel', async () => {
    await setExtensionStorage(h, { autoOpen: true });
    const { page, tabId } = await openProfile(h, CANDIDATES.jordan.url);
    await waitForBadge(h, tabId, '82');
    await page.evaluate(() => {
      document.body.click();
      document.querySelector('h1')?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    });
    await holdsFor(async () => !(await panelIsOpen()), 500, 'no panel opened by the page’s clicks');
    await page.mouse.click(300, 200);
    const opened = await waitFor(panelIsOpen, { timeoutMs: 5000, message: 'the side panel to open on the recruiter’s first click' }).catch(() => false);
    expect(opened).toBe(true);
    await setExtensionStorage(h, { autoOpen: false });
    await page.close();
  }, 30_000);
});

describe('a page that defines our old tag names', () => {
  it('with ElementInternals learns no score, status or "no report", not even after copying rows with their chips', async () => {
    const page = await hostilePage('internals');
    await page.goto(LIST);
    await page.bringToFront();
    await waitForChips(page, ['AI Interview 82', NONE]);
    await cloneRows(page);
    await waitForChips(page, ['AI Interview 82', NONE]);
    await cloneRows(page);
    await waitForChips(page, ['AI Interview 82', NONE]);
    await new Promise((resolve) => setTimeout(resolve, 300)); // the page's collector runs every 50 ms
    expect(await page.evaluate(() => (window as unknown as { __read: string[] }).__read)).toEqual([]);
    // The copies the ATS made are gone, not left as empty boxes next to the chips.
    expect(await page.evaluate(() => document.querySelectorAll('table.people td:first-child > span').length)).toBe(2);
    await page.close();

    const profile = await hostilePage('internals');
    await profile.goto(CANDIDATES.jordan.url);
    await waitFor(() => findLauncher(profile), { message: 'the launcher' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await profile.evaluate(() => (window as unknown as { __read: string[] }).__read)).toEqual([]);
    await profile.close();
  }, 40_000);

  it('with the shadow root disabled stops neither the chips nor the button', async () => {
    const page = await hostilePage('no-shadow');
    await page.goto(LIST);
    await page.bringToFront();
    await waitForChips(page, ['AI Interview 82', NONE]);
    await cloneRows(page);
    await waitForChips(page, ['AI Interview 82', NONE]);
    await page.close();

    const profile = await hostilePage('no-shadow');
    await profile.goto(CANDIDATES.jordan.url);
    expect(await waitFor(() => findLauncher(profile), { message: 'the launcher' }).catch(() => null)).toEqual({ name: 'AI Interview' });
    await profile.close();
  }, 40_000);
});

describe('WXT’s "content script started" event', () => {
  it('forged by the page (which knows our store id) removes neither the button nor the chips', async () => {
    const { page, tabId } = await openProfile(h, CANDIDATES.jordan.url);
    await waitForBadge(h, tabId, '82');
    await waitFor(() => findLauncher(page), { message: 'the launcher' });
    const forge = (target: Page) =>
      target.evaluate((id) => {
        const name = `${id}:ats:wxt:content-script-started`;
        const detail = { contentScriptName: 'ats', messageId: 'forged' };
        document.dispatchEvent(new CustomEvent(name, { detail }));
        document.body.dispatchEvent(new CustomEvent(name, { detail, bubbles: true }));
      }, h.ext.extensionId);
    await forge(page);
    await holdsFor(async () => (await findLauncher(page)) !== null, 1000, 'the launcher is still there');
    await page.close();

    const list = await h.ext.context.newPage();
    await list.goto(LIST);
    await list.bringToFront();
    await waitForChips(list, ['AI Interview 82', NONE]);
    await forge(list);
    // Still alive: a row the ATS renders afresh gets its chip again.
    await list.evaluate(() => {
      for (const row of document.querySelectorAll('table.people tr')) row.replaceWith(row.cloneNode(true));
    });
    await waitForChips(list, ['AI Interview 82', NONE]);
    await list.close();
  }, 40_000);
});

describe('a second copy of the content script', () => {
  it('injected while the extension is alive (the install-time race) replaces the first: one button, one chip per link', async () => {
    const { page, tabId } = await openProfile(h, CANDIDATES.jordan.url);
    await waitFor(() => findLauncher(page), { message: 'the launcher' });
    const first = await page.evaluate(
      () => ((window as unknown as { __first: Element | null }).__first = document.querySelector('[data-xobin-ai-interview]')) !== null,
    );
    expect(first).toBe(true);
    await h.ext.serviceWorker.evaluate((id) => chrome.scripting.executeScript({ target: { tabId: id }, files: ['/content-scripts/ats.js'] }), tabId);
    const buttons = () =>
      page.evaluate(() => ({
        all: document.querySelectorAll('[data-xobin-ai-interview]').length,
        first: (window as unknown as { __first: Element }).__first.isConnected,
      }));
    await waitFor(async () => JSON.stringify(await buttons()) === JSON.stringify({ all: 1, first: false }), { timeoutMs: 5000 }).catch(async () => {
      throw new Error(`Buttons after a second injection: ${JSON.stringify(await buttons())}, expected only the second copy's`);
    });
    await page.close();

    const list = await h.ext.context.newPage();
    await list.goto(LIST);
    await list.bringToFront();
    await waitForChips(list, ['AI Interview 82', NONE]);
    const listTab = await h.ext.serviceWorker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
    await h.ext.serviceWorker.evaluate((id) => chrome.scripting.executeScript({ target: { tabId: id! }, files: ['/content-scripts/ats.js'] }), listTab);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await waitForChips(list, ['AI Interview 82', NONE]);
    await list.close();
  }, 40_000);
});
