import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  API_KEY,
  apiCalls,
  CANDIDATES,
  errorPanel,
  openPanelFromLauncher,
  openProfile,
  startHarness,
  waitFor,
  waitForBadge,
  waitForPanel,
  type Harness,
} from './helpers';
import { badgeTitle, findLauncher, sidePanelEvaluate } from '../scripts/lib/browser.mjs';

// The recruiter's first step: paste the key on the settings page. This file starts with no key.

let h: Harness;
let profile: Awaited<ReturnType<typeof openProfile>>;
beforeAll(async () => {
  h = await startHarness({ apiKey: null });
});
afterAll(() => h?.close());

const ACCEPTED = /\baccepted\b/i;
const REFUSED = /refused|rejected|not accepted|invalid/i;

async function statusText(page: Page): Promise<string> {
  return (await page.locator('[role="status"]').allInnerTexts()).join(' ').trim();
}

async function waitForStatus(page: Page, pattern: RegExp, not?: RegExp): Promise<string> {
  let text = '';
  await waitFor(async () => {
    text = await statusText(page);
    return pattern.test(text) && !(not && not.test(text));
  }).catch(() => {
    throw new Error(`settings page status never matched ${pattern}; it says "${text}"`);
  });
  return text;
}

/** Everything a user could see or copy from the page: text, attributes and field values. */
function pageShows(page: Page, secret: string): Promise<boolean> {
  return page.evaluate(
    (value) =>
      document.documentElement.outerHTML.includes(value) ||
      Array.from(document.querySelectorAll('input, textarea')).some((field) => (field as HTMLInputElement).value.includes(value)),
    secret,
  );
}

it('asks to connect to Xobin when no key is saved, without calling the API', async () => {
  profile = await openProfile(h, CANDIDATES.jordan.url);
  await waitForBadge(h, profile.tabId, 'KEY');
  expect(await badgeTitle(h.ext.serviceWorker, profile.tabId)).toMatch(/Connect to Xobin/);
  // The in-page button is constant (it tells the page nothing); the badge and the panel say what to do.
  expect((await findLauncher(profile.page))?.name).toBe('AI Interview');
  await openPanelFromLauncher(h, profile.page);
  await waitForPanel(h, errorPanel('no-key'));
  // One thing to do: the settings. Nothing else to press on the panel.
  const buttons = await sidePanelEvaluate(h.ext.context, h.ext.extensionId, () =>
    Array.from(document.querySelectorAll('main button, main a[href]'), (el) => (el.textContent ?? '').trim()),
  );
  expect(buttons).toEqual(['Open settings']);
  // Every candidate page says the same, whichever ATS.
  const lever = await openProfile(h, CANDIDATES.alex.url);
  await waitForBadge(h, lever.tabId, 'KEY');
  expect(await badgeTitle(h.ext.serviceWorker, lever.tabId)).toMatch(/Connect to Xobin/);
  expect((await findLauncher(lever.page))?.name).toBe('AI Interview');
  await lever.page.close();
  expect(apiCalls(h.mock)).toEqual([]);
});

it('saves the key, tests it, and never shows it again', async () => {
  const page = await h.ext.context.newPage();
  await page.goto(`chrome-extension://${h.ext.extensionId}/options.html`);
  const keyField = page.getByLabel('API key', { exact: true });
  const baseUrl = page.getByLabel('API base URL', { exact: true });
  await keyField.waitFor();
  if (!(await baseUrl.isVisible())) await page.getByText('Advanced', { exact: true }).click();
  expect(await baseUrl.inputValue()).toBe('https://app.xobin.com/api/v2');

  // A wrong key is refused by the API (a real request, with that wrong key).
  await keyField.fill('not-a-valid-key');
  await page.getByRole('button', { name: 'Test connection' }).click();
  await waitForStatus(page, REFUSED, ACCEPTED);
  expect(apiCalls(h.mock).some((call) => call.hasKeyHeader && !call.hasValidKey)).toBe(true);

  // The right key is accepted, then saved.
  await keyField.fill(API_KEY);
  await page.getByRole('button', { name: 'Test connection' }).click();
  await waitForStatus(page, ACCEPTED, REFUSED);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await waitForStatus(page, /saved/i);

  // Write-only: not on the page after saving, not after "Show", not after a reload.
  expect(await pageShows(page, API_KEY)).toBe(false);
  const show = page.getByRole('button', { name: /show api key/i });
  if (await show.count()) await show.click();
  expect(await pageShows(page, API_KEY)).toBe(false);
  await page.reload();
  await keyField.waitFor();
  expect(await pageShows(page, API_KEY)).toBe(false);

  // Test connection with an empty field checks the saved key.
  await page.getByRole('button', { name: 'Test connection' }).click();
  await waitForStatus(page, ACCEPTED, REFUSED);
  await page.close();
});

it('updates the already-open profile with the report once the key is saved', async () => {
  await profile.page.bringToFront();
  await waitForBadge(h, profile.tabId, '82');
  await waitForPanel(h, { state: 'report', texts: ['Jordan Example'] });
  const calls = apiCalls(h.mock, CANDIDATES.jordan.lookup);
  expect(calls.length).toBeGreaterThan(0);
  expect(calls.every((call) => call.hasValidKey)).toBe(true);
});
