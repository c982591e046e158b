import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath } from './chromium.mjs';

export { chromiumPath } from './chromium.mjs';
export { clickLauncher, evaluateInContentScript, findLauncher, panelSnapshot, sidePanelEvaluate, sidePanelText } from './cdp.mjs';

/**
 * Real Chromium with the built extension loaded unchanged. Every host name resolves to the local mock
 * (except localhost), and its self-signed certificate is accepted, so the extension's real match
 * patterns and its real default API URL (https://app.xobin.com/api/v2) are what gets exercised.
 */
export async function launchWithExtension({ extensionDir, mockPort, headless = true, userDataDir, extraArgs = [], timeoutMs = 30_000, welcomeTab = 'close' }) {
  if (!extensionDir) throw new Error('launchWithExtension: extensionDir is required (the built chrome-mv3 folder)');
  if (!mockPort) throw new Error('launchWithExtension: mockPort is required (startMockServer().port)');
  const dir = resolve(extensionDir);
  const ownProfile = !userDataDir;
  const profile = userDataDir ?? (await mkdtemp(join(tmpdir(), 'xobin-e2e-profile-')));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless,
    timeout: timeoutMs,
    // Headed (the demo): let the window decide; headless: a fixed, ordinary laptop viewport.
    viewport: headless ? { width: 1280, height: 800 } : null,
    args: [...chromiumArgs({ mockPort, extensionDir: dir }), ...extraArgs],
  });
  try {
    const serviceWorker = await extensionWorker(context, timeoutMs);
    const extensionId = new URL(serviceWorker.url()).host;
    if (welcomeTab === 'close') await closeWelcomeTab(context, extensionId);
    return {
      context,
      extensionId,
      serviceWorker,
      async close() {
        await context.close().catch(() => undefined);
        if (ownProfile) await rm(profile, { recursive: true, force: true }).catch(() => undefined);
      },
    };
  } catch (error) {
    await context.close().catch(() => undefined);
    throw error;
  }
}

/**
 * A fresh profile is a fresh install, so the extension opens its welcome tab (utils/background/first-run.ts)
 * and that tab becomes the active one. Tests and the demo start from a quiet browser instead: wait for
 * it (it opens a few hundred ms after the worker starts) and close it. e2e/first-run.e2e.ts keeps it.
 */
async function closeWelcomeTab(context, extensionId, timeoutMs = 10_000) {
  const isWelcome = (page) => page.url().startsWith(`chrome-extension://${extensionId}/options.html?welcome`);
  const welcome = await waitFor(() => context.pages().find(isWelcome), { timeoutMs, intervalMs: 25 }).catch(() => undefined);
  if (!welcome) return;
  // Closed while still loading, the page leaves Chromium's extension renderer without its messages:
  // later extension pages (the side panel) then get "" from chrome.i18n.getMessage. Let it load first.
  await welcome.waitForLoadState('load').catch(() => undefined);
  await welcome.close().catch(() => undefined);
}

/**
 * The command-line flags launchWithExtension uses (toolchain.md), without the extension when
 * `extensionDir` is omitted: a baseline browser for measurements gets exactly the same setup.
 */
export function chromiumArgs({ mockPort, extensionDir } = {}) {
  return [
    ...(extensionDir ? [`--disable-extensions-except=${resolve(extensionDir)}`, `--load-extension=${resolve(extensionDir)}`] : []),
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    ...(mockPort ? [`--host-resolver-rules=MAP * 127.0.0.1:${mockPort}, EXCLUDE localhost`, '--ignore-certificate-errors'] : []),
  ];
}

async function extensionWorker(context, timeoutMs) {
  const isOurs = (worker) => worker.url().startsWith('chrome-extension://');
  const existing = context.serviceWorkers().find(isOurs);
  if (existing) return existing;
  return context.waitForEvent('serviceworker', { predicate: isOurs, timeout: timeoutMs }).catch(() => {
    throw new Error('The extension service worker never started: is extensionDir a built chrome-mv3 folder with a manifest.json?');
  });
}

/**
 * Test/demo setup shortcut through the extension's own migration path: a key written to
 * storage.local (where version 0.1 kept it) is moved into the extension's IndexedDB by the worker
 * (utils/background/secret.ts). Resolves once it has been moved. An empty key removes the saved one.
 */
export async function setApiKey(serviceWorker, key, { timeoutMs = 5000 } = {}) {
  await serviceWorker.evaluate((value) => chrome.storage.local.set({ apiKey: value }), key);
  await waitFor(() => serviceWorker.evaluate(() => chrome.storage.local.get('apiKey').then((got) => !('apiKey' in got))), {
    timeoutMs,
    message: 'the extension to move the API key out of storage.local',
  });
}

export function badgeText(serviceWorker, tabId) {
  return serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

export function badgeTitle(serviceWorker, tabId) {
  return serviceWorker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId);
}

/**
 * The chrome.tabs id of a Playwright page, found by URL through the extension's worker (pages and
 * tabs share no id). Waits until a tab shows the page's URL; two tabs on one URL is a setup error.
 * Call as tabIdOf(page, { serviceWorker?, timeoutMs? }) or tabIdOf(worker, page, { timeoutMs? }),
 * where `worker` is anything with chrome.tabs to evaluate in (the worker, an extension page).
 */
export async function tabIdOf(...args) {
  const workerFirst = typeof args[1]?.url === 'function';
  const page = workerFirst ? args[1] : args[0];
  const { serviceWorker, timeoutMs = 5000 } = (workerFirst ? args[2] : args[1]) ?? {};
  const worker = (workerFirst ? args[0] : serviceWorker) ?? (await extensionWorker(page.context(), timeoutMs));
  const url = page.url();
  let ids = [];
  await waitFor(
    async () => {
      ids = await worker.evaluate(
        (href) => chrome.tabs.query({}).then((tabs) => tabs.filter((tab) => (tab.url || tab.pendingUrl) === href).map((tab) => tab.id)),
        url,
      );
      return ids.length > 0;
    },
    { timeoutMs, message: `a tab showing ${url}` },
  );
  if (ids.length > 1) throw new Error(`tabIdOf: ${ids.length} tabs show ${url}; close the others first`);
  return ids[0];
}

/** Polls until `check` returns a truthy value (returned), or throws `message` with the last value. */
export async function waitFor(check, { timeoutMs = 10_000, intervalMs = 50, message = 'condition' } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last;
  let lastError;
  for (;;) {
    try {
      last = await check();
      lastError = undefined;
      if (last) return last;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) {
      const detail = lastError ? ` (last error: ${lastError.message ?? lastError})` : ` (last value: ${JSON.stringify(last)})`;
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${message}${detail}`);
    }
    await new Promise((resolveSleep) => setTimeout(resolveSleep, intervalMs));
  }
}
