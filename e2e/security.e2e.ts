import { afterAll, beforeAll, expect, it } from 'vitest';
import { evaluateInContentScript, sidePanelEvaluate } from '../scripts/lib/browser.mjs';
import { sampleReport } from '../scripts/mock-xobin/server.mjs';
import { API_KEY, CANDIDATES, openPanelFromLauncher, openProfile, startHarness, waitForBadge, waitForPanel, type Harness } from './helpers';

// Report text comes from the API and candidates type it: it must render as text and run nothing.
// The API key must stay in the worker: not readable from ATS pages, not sent anywhere but the API.

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

const IMG = '<img src=x onerror="window.__xss=1">';
const SCRIPT = '<script>window.__xss=2</script>';

it('renders HTML in report text as literal text and runs none of it', async () => {
  const report = sampleReport(979554);
  const conversation = report.conversation!;
  conversation[1] = { ...conversation[1], content: `I would sanitise input like ${IMG} before rendering it.` };
  conversation[3] = { ...conversation[3], content: `${SCRIPT} is what an attacker would try.` };
  report.candidate_summary = `Summary with markup: ${IMG}`;
  h.mock.scenario(CANDIDATES.jordan.lookup, [{ status: 200, body: report }]);

  const { page, tabId } = await openProfile(h, CANDIDATES.jordan.url);
  await waitForBadge(h, tabId, '82');
  await openPanelFromLauncher(h, page);
  await waitForPanel(h, { state: 'report', texts: ['Jordan Example', IMG, SCRIPT] });

  const panelDom = await sidePanelEvaluate(h.ext.context, h.ext.extensionId, () => ({
    hostileImages: document.querySelectorAll('img[src="x"], img[onerror], [onerror]').length,
    hostileScripts: Array.from(document.querySelectorAll('script')).filter((s) => s.textContent?.includes('__xss')).length,
    flag: (window as unknown as { __xss?: unknown }).__xss ?? null,
  }));
  expect(panelDom).toEqual({ hostileImages: 0, hostileScripts: 0, flag: null });
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss ?? null)).toBeNull();
  await page.close();
});

it('keeps the API key out of the content script', async () => {
  const { page, tabId } = await openProfile(h, CANDIDATES.alex.url);
  await waitForBadge(h, tabId, '64'); // the key is saved and in use

  // Proof we are in the extension's content-script world, not the page's.
  const world = await evaluateInContentScript(page, h.ext.extensionId, 'chrome.runtime.id');
  expect(world.value).toBe(h.ext.extensionId);

  for (const expression of ['chrome.storage.local.get(null)', "chrome.storage.local.get('apiKey')", 'chrome.storage.session.get(null)']) {
    const result = await evaluateInContentScript(page, h.ext.extensionId, expression);
    // Refused outright (Chrome's TRUSTED_CONTEXTS), or at least nothing that contains the key.
    expect(JSON.stringify(result.value ?? null), expression).not.toContain(API_KEY);
  }
  // The key's IndexedDB belongs to the extension origin; the content script sees the page's.
  const databases = await evaluateInContentScript(page, h.ext.extensionId, 'indexedDB.databases().then((all) => all.map((db) => db.name))');
  expect(databases.error).toBeUndefined();
  expect(databases.value).not.toContain('xobin-secret');
  const opened = await evaluateInContentScript(
    page,
    h.ext.extensionId,
    "new Promise((done) => { const r = indexedDB.open('xobin-secret'); r.onsuccess = () => done(Array.from(r.result.objectStoreNames)); r.onerror = () => done('refused'); })",
  );
  expect(opened.value).toEqual([]); // a new, empty database of the page's origin, not the extension's
  await page.close();
});

it('the browser confirmed storage isolation at start (setAccessLevel), and settings shows no warning', async () => {
  const page = await h.ext.context.newPage();
  await page.goto(`chrome-extension://${h.ext.extensionId}/options.html`);
  const view = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'settings:get' }));
  expect(view).toMatchObject({ storageIsolated: true });
  await page.getByLabel('API key').waitFor();
  expect(await page.getByText(/did not confirm that ATS pages/).count()).toBe(0);
  await page.close();
});

// Runs last in this file, over every request the tests above caused.
it('sends the key to app.xobin.com API requests only', () => {
  const carrying = h.mock.requests.filter((request) => request.hasKeyHeader || request.carriesKey);
  expect(carrying.length).toBeGreaterThan(0);
  for (const request of carrying) {
    expect(`${request.host}${request.path}`).toMatch(/^app\.xobin\.com\/api\/v2\//);
  }
  // ATS pages were loaded in this run, and none of those requests carried it.
  const atsPages = h.mock.requests.filter((request) => request.host !== 'app.xobin.com');
  expect(atsPages.length).toBeGreaterThan(0);
  expect(atsPages.some((request) => request.hasKeyHeader || request.carriesKey)).toBe(false);
});
