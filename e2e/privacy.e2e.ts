import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  API_KEY,
  apiCalls,
  badgeText,
  CANDIDATES,
  errorPanel,
  hasSavedKey,
  openPanelFromLauncher,
  openProfile,
  setExtensionStorage,
  startHarness,
  waitFor,
  waitForBadge,
  waitForPanel,
  type Harness,
} from './helpers';

// PRIVACY.md's "Your controls" in real Chromium: the settings page's "Clear all report data" and
// "Remove API key" remove what they say from the extension's storage, the badge and the side panel.

let h: Harness;
let jordan: Awaited<ReturnType<typeof openProfile>>;
let alex: Awaited<ReturnType<typeof openProfile>>;
let settings: Page;
beforeAll(async () => {
  h = await startHarness();
  // Score chips on the profiles' links to other candidates would cache their reports too: this file
  // counts exactly what two opened profiles leave behind.
  await setExtensionStorage(h, { listScores: false });
});
afterAll(() => h?.close());

/** Every key the extension holds in one storage area (values stay in the worker). */
const storedKeys = (area: 'local' | 'session') =>
  h.ext.serviceWorker.evaluate((where) => chrome.storage[where].get(null).then((all) => Object.keys(all).sort()), area);
const recentCount = () =>
  h.ext.serviceWorker.evaluate(() => chrome.storage.session.get('recent').then((all) => ((all.recent as unknown[] | undefined) ?? []).length));

async function statusOf(page: Page): Promise<string> {
  return (await page.getByRole('region', { name: 'Your data' }).getByRole('status').innerText()).trim();
}
async function waitForStatus(page: Page, pattern: RegExp): Promise<string> {
  let text = '';
  await waitFor(async () => pattern.test((text = await statusOf(page)))).catch(() => {
    throw new Error(`"Your data" status never matched ${pattern}; it says "${text}"`);
  });
  return text;
}

it('keeps reports, recent candidates and tab states while the recruiter works', async () => {
  jordan = await openProfile(h, CANDIDATES.jordan.url);
  await waitForBadge(h, jordan.tabId, '82');
  await openPanelFromLauncher(h, jordan.page);
  await waitForPanel(h, { state: 'report', texts: ['Jordan Example'] });
  alex = await openProfile(h, CANDIDATES.alex.url);
  await waitForBadge(h, alex.tabId, '64');
  await waitForPanel(h, { state: 'report', texts: ['Alex Demo'] });
  const session = await storedKeys('session');
  expect(session.filter((key) => key.startsWith('report:'))).toHaveLength(2);
  expect(session).toEqual(expect.arrayContaining([`tab:${jordan.tabId}`, `tab:${alex.tabId}`]));
  await waitFor(async () => (await recentCount()) === 2, { message: 'two recent candidates' });
});

it('"Clear all report data" empties the cache, the recent list and tab states, and says how many', async () => {
  const tabsBefore = (await storedKeys('session')).filter((key) => key.startsWith('tab:')).length;
  settings = await h.ext.context.newPage();
  await settings.goto(`chrome-extension://${h.ext.extensionId}/options.html`);
  await settings.getByRole('button', { name: 'Clear all report data' }).click();
  const text = await waitForStatus(settings, /Report data cleared/);
  expect(text).toContain(`Cached reports removed: 2. Recent candidates removed: 2. Open tabs cleared: ${tabsBefore}.`);

  const session = await storedKeys('session');
  expect(session.filter((key) => /^(report|tab):|^recent$|^lastDetection$/.test(key))).toEqual([]);
  expect(await badgeText(h.ext.serviceWorker, jordan.tabId)).toBe('');
  expect(await badgeText(h.ext.serviceWorker, alex.tabId)).toBe('');
  expect(await hasSavedKey(h.ext.serviceWorker)).toBe(true);

  // The side panel, back on a candidate's tab, shows neither report nor recent candidates.
  await jordan.page.bringToFront();
  const panel = await waitForPanel(h, { state: 'empty' });
  expect(panel.text).not.toContain('Jordan Example');
  expect(panel.text).not.toContain('Alex Demo');
});

it('"Remove API key" deletes the key after a second click; the panel then asks for one', async () => {
  await settings.bringToFront();
  await settings.getByRole('button', { name: 'Remove API key' }).click();
  expect(await hasSavedKey(h.ext.serviceWorker)).toBe(true); // only asked so far
  await settings.getByRole('button', { name: 'Yes, remove the key' }).click();
  await waitForStatus(settings, /^API key removed\. Cached reports removed with it: 0\./);
  expect(await hasSavedKey(h.ext.serviceWorker)).toBe(false);
  await settings.getByText('Paste the key Xobin gave your account.').waitFor();
  expect(await settings.evaluate((key) => document.documentElement.outerHTML.includes(key), API_KEY)).toBe(false);

  // The candidate's page, reloaded, finds no key: no request reaches the API, the panel says why.
  const callsBefore = apiCalls(h.mock).length;
  await jordan.page.bringToFront();
  await jordan.page.reload();
  await waitForBadge(h, jordan.tabId, 'KEY');
  await waitForPanel(h, errorPanel('no-key'));
  expect(apiCalls(h.mock).length).toBe(callsBefore);
});
