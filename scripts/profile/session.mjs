import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startMockServer } from '../mock-xobin/server.mjs';
import { launchWith, launchWithout, readBadge, tabIdOf } from '../bench/browsers.mjs';
import { BENCH_CANDIDATES, candidateUrl } from '../bench/fixture/candidates.mjs';
import { waitFor } from '../lib/browser.mjs';
import { startBenchServer } from '../bench/server.mjs';

// What every profiling aid in this folder starts with (README.md): the mock API and the bench's pages
// at their real host names, Chromium with the extension `npm run bench` built (or `--ext=<dir>`), and
// with `without`, the same Chromium without it. Close it whatever happened.

const BENCH_BUILD = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '.bench', 'build', 'chrome-mv3');

/** `--name=value` (or `true` for a bare `--name`) from the command line; undefined when absent. */
export function option(name) {
  const arg = process.argv.slice(2).find((candidate) => candidate === `--${name}` || candidate.startsWith(`--${name}=`));
  if (arg === undefined) return undefined;
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : true;
}

/** The first command-line word that is not an option, or `fallback`. */
export function argument(fallback) {
  return process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? fallback;
}

/** The build the aids profile: `--ext=<dir>/chrome-mv3`, else the one `npm run bench` made. */
export const extensionDir = () => option('ext') ?? BENCH_BUILD;

export async function profileSession({ extensionDir: dir = extensionDir(), without = false } = {}) {
  const mock = await startMockServer({ latencyMs: 100 });
  const front = await startBenchServer({ mockPort: mock.port });
  // --no-chips: "Scores in candidate lists" off (what detection and the badge alone cost).
  const ext = await launchWith({ extensionDir: dir, port: front.port, listScores: option('no-chips') === undefined });
  const bare = without ? await launchWithout({ port: front.port }) : undefined;
  return {
    mock,
    ext,
    sides: bare ? { with: ext, without: bare } : { with: ext },
    async close() {
      await Promise.all([ext.close(), bare?.close()]);
      await front.close();
      await mock.close();
    },
  };
}

/**
 * For the side-panel aids: a candidate page whose report the extension has cached (the 5,000-message
 * one for 'large'), that tab's state pointing at it, and a panel-sized page with its DevTools session.
 */
export async function cachedReportPanel(ext, kind = 'normal') {
  const candidate = kind === 'large' ? BENCH_CANDIDATES[2] : BENCH_CANDIDATES[0];
  const page = await ext.context.newPage();
  await page.goto(candidateUrl(candidate), { waitUntil: 'load' });
  const tabId = await tabIdOf(ext.serviceWorker, page);
  await waitFor(async () => (await readBadge(ext.serviceWorker, tabId)) === candidate.badge, { timeoutMs: 30_000, message: 'badge' });
  const state = await ext.serviceWorker.evaluate((id) => chrome.storage.session.get(`tab:${id}`).then((all) => all[`tab:${id}`]), tabId);
  const panel = await ext.context.newPage();
  await panel.setViewportSize({ width: 400, height: 900 });
  const cdp = await ext.context.newCDPSession(panel);
  return { state, panel, cdp };
}
