import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { inject } from 'vitest';
import { launchWithExtension, waitFor, type LaunchedExtension } from '../scripts/lib/browser.mjs';
import { startMockServer, type MockServer } from '../scripts/mock-xobin/server.mjs';
import { adapters } from '../utils/ats';

// A fresh install opens the welcome; an update opens nothing. The build is copied to a folder of its
// own so this file can bump its manifest version and reload it, as the browser does for an update,
// without touching the build the other e2e files use.

let dir: string;
let mock: MockServer;
let ext: LaunchedExtension;
const opened: string[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'xobin-first-run-'));
  await cp(inject('extensionDir'), dir, { recursive: true });
  mock = await startMockServer();
  ext = await launchWithExtension({ extensionDir: dir, mockPort: mock.port, welcomeTab: 'keep' });
  ext.context.on('page', (page) => opened.push(page.url() || 'about:blank'));
});
afterAll(async () => {
  await ext?.close();
  await mock?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const welcomeUrl = () => `chrome-extension://${ext.extensionId}/options.html?welcome`;
const optionsTabs = (worker: Worker) =>
  worker.evaluate(
    (prefix) => chrome.tabs.query({}).then((tabs) => tabs.map((tab) => tab.url || tab.pendingUrl || '').filter((url) => url.startsWith(prefix))),
    `chrome-extension://${ext.extensionId}/options.html`,
  );

let welcome: Page;

it('a fresh install opens the settings page with the welcome, in front', async () => {
  welcome = await waitFor(() => ext.context.pages().find((page) => page.url() === welcomeUrl()), { message: 'the welcome tab' });
  const region = welcome.getByRole('region', { name: 'Welcome! Three steps to your first report' });
  await region.waitFor();
  const steps = await region.locator('ol.steps > li > strong').allInnerTexts();
  expect(steps).toEqual(['Paste your API key', 'Press “Test connection”', 'Open a candidate in your ATS']);
  expect(await region.locator('.ats-list li').allInnerTexts()).toEqual(adapters.map((adapter) => adapter.name));
  // The key field it points to is right there, and the tab is the one the recruiter looks at.
  expect(await welcome.getByLabel('API key', { exact: true }).isVisible()).toBe(true);
  const active = await ext.serviceWorker.evaluate(() => chrome.tabs.query({ active: true, lastFocusedWindow: true }).then((tabs) => tabs[0]?.url));
  expect(active).toBe(welcomeUrl());
  expect(await optionsTabs(ext.serviceWorker)).toEqual([welcomeUrl()]);
  expect(await welcome.locator('[data-update-note]').count()).toBe(0);
});

it('an update opens no tab, and settings say in one line what happened', async () => {
  await welcome.close();
  // Chromium disables an unpacked extension that reloads itself ("unsupported developer extension")
  // unless developer mode is on, as it is for anyone loading one by hand: turn it on the way
  // chrome://extensions' own toggle does.
  const ui = await ext.context.newPage();
  await ui.goto('chrome://extensions/', { waitUntil: 'commit' });
  const devMode = await ui.evaluate(
    () =>
      new Promise<string>((resolve) =>
        (
          chrome as unknown as { developerPrivate: { updateProfileConfiguration(c: object, done: () => void): void } }
        ).developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }, () => resolve(chrome.runtime.lastError?.message ?? 'ok')),
      ),
  );
  expect(devMode).toBe('ok');
  await ui.close();

  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { version: string };
  const from = manifest.version;
  const to = from.replace(/\d+$/, (last) => String(Number(last) + 1));
  await writeFile(manifestPath, JSON.stringify({ ...manifest, version: to }));
  opened.length = 0;

  // runtime.reload() re-reads the folder: the browser sees a new version and fires onInstalled
  // with reason "update", exactly as for a store update.
  const oldWorker = ext.serviceWorker;
  await oldWorker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
  const worker = await waitFor(
    async () => {
      for (const candidate of ext.context.serviceWorkers()) {
        if (candidate === oldWorker || !candidate.url().startsWith(`chrome-extension://${ext.extensionId}/`)) continue;
        const version = await candidate.evaluate(() => chrome.runtime.getManifest().version).catch(() => undefined);
        if (version === to) return candidate;
      }
      return undefined;
    },
    { timeoutMs: 15_000, message: `the extension to come back as version ${to}` },
  );
  // The update was seen and handled (the note is written by the same listener that would open a tab)…
  const note = await waitFor(() => worker.evaluate(() => chrome.storage.local.get('lastUpdate').then((all) => all.lastUpdate)), {
    message: 'onInstalled(update) to record the update',
  });
  expect(note).toMatchObject({ from, to });
  // …and a welcome opened on install shows up within a few hundred ms: give an update far longer.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  expect(opened.filter((url) => url.includes('options.html'))).toEqual([]);
  expect(await optionsTabs(worker)).toEqual([]);

  // Opened by hand, settings show no welcome, only the quiet line about the update.
  const settings = await ext.context.newPage();
  await settings.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await settings.getByLabel('API key', { exact: true }).waitFor();
  expect(await settings.locator('[data-update-note]').innerText()).toBe(`Updated to version ${to} (from ${from}). Your key and settings were kept.`);
  expect(await settings.locator('[data-welcome]').count()).toBe(0);
});
