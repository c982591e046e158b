import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath, launchWithExtension, setApiKey, waitFor } from '../lib/browser.mjs';
import { BENCH_CANDIDATES, candidateUrl } from './fixture/candidates.mjs';

export const API_KEY = 'e2e-test-key';

// Both browsers get a profile folder of our own, so their processes can be told apart (proc-cpu.mjs).
const newProfile = (name) => mkdtemp(join(tmpdir(), `xobin-bench-${name}-`));
const removeProfile = (dir) => rm(dir, { recursive: true, force: true }).catch(() => undefined);

/** Chromium with the built extension (scripts/lib/browser.mjs), configured with a valid mock key. */
export async function launchWith({ extensionDir, port, listScores = true }) {
  const profileDir = await newProfile('with');
  let ext;
  try {
    ext = await launchWithExtension({ extensionDir, mockPort: port, userDataDir: profileDir });
    await setApiKey(ext.serviceWorker, API_KEY);
    // "Scores in candidate lists" off: what detection and the badge alone cost a page.
    if (!listScores) await turnOffListScores(ext);
    await untilWorking(ext);
  } catch (error) {
    await ext?.close();
    await removeProfile(profileDir);
    throw error;
  }
  return {
    ...ext,
    profileDir,
    async close() {
      await ext.close();
      await removeProfile(profileDir);
    },
  };
}

/**
 * Turns "Scores in candidate lists" off as a recruiter does, on the settings page, so the bench does
 * not depend on how the extension stores its settings. Done once a fresh settings page shows it off.
 */
async function turnOffListScores(ext) {
  const page = await ext.context.newPage();
  const box = () => page.getByRole('checkbox', { name: /Scores in candidate lists/ });
  try {
    await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await box().uncheck();
    await waitFor(
      async () => {
        await page.reload();
        await box().waitFor();
        return !(await box().isChecked());
      },
      { timeoutMs: 10_000, message: '"Scores in candidate lists" saved as off' },
    );
  } finally {
    await page.close();
  }
}

/**
 * Nothing is measured before the extension does its job in this browser: the bench profile's badge
 * shows its score. A fresh profile's first start may wait for Chromium's policy service (up to
 * utils/background/managed.ts's WAIT_MS); a build that never gets there fails the bench here instead
 * of being measured doing nothing (which once looked like a cheap extension).
 */
async function untilWorking(ext) {
  const page = await ext.context.newPage();
  try {
    const [candidate] = BENCH_CANDIDATES;
    await page.goto(candidateUrl(candidate), { waitUntil: 'load' });
    const tabId = await tabIdOf(ext.serviceWorker, page);
    await waitFor(async () => (await readBadge(ext.serviceWorker, tabId)) === candidate.badge, {
      timeoutMs: 30_000,
      message: `the badge "${candidate.badge}" on the bench profile`,
    });
  } finally {
    await page.close();
  }
}

/** The same Chromium with the same flags as launchWithExtension, minus the extension: the baseline. */
export async function launchWithout({ port }) {
  const profileDir = await newProfile('without');
  try {
    const context = await chromium.launchPersistentContext(profileDir, {
      executablePath: chromiumPath(),
      headless: true,
      timeout: 30_000,
      viewport: { width: 1280, height: 800 },
      args: chromiumArgs({ mockPort: port }), // launchWithExtension's flags, minus the extension
    });
    return {
      context,
      profileDir,
      async close() {
        await context.close().catch(() => undefined);
        await removeProfile(profileDir);
      },
    };
  } catch (error) {
    await removeProfile(profileDir);
    throw error;
  }
}

/** The badge text of a tab, read from the worker or from any extension page. */
export function readBadge(target, tabId) {
  return target.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** The chrome.tabs id of a Playwright page, looked up by URL from the worker or any extension page. */
export async function tabIdOf(target, page) {
  const url = page.url();
  let ids = [];
  await waitFor(
    async () => {
      ids = await target.evaluate(
        (href) => chrome.tabs.query({}).then((tabs) => tabs.filter((tab) => (tab.url || tab.pendingUrl) === href).map((tab) => tab.id)),
        url,
      );
      return ids.length > 0;
    },
    { timeoutMs: 5000, message: `a tab showing ${url}` },
  );
  if (ids.length > 1) throw new Error(`${ids.length} tabs show ${url}; expected one`);
  return ids[0];
}
