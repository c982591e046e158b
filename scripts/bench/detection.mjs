import { waitFor } from '../lib/browser.mjs';
import { readBadge, tabIdOf } from './browsers.mjs';
import { BENCH_CANDIDATES, candidateUrl } from './fixture/candidates.mjs';
import { median, summarize } from './stats.mjs';

// 2. Detection latency after an in-app navigation. The page calls history.pushState and renders the
// new profile in the same task (fixture/app.js navigate()); the service worker polls its own toolbar
// badge for that tab every ~1 ms and listens to the tab's state in session storage. Both reports are
// already cached, so no network is involved: the interval is content script (navigation seen,
// page scanned) -> message -> worker (state written, cache read) -> badge set.

const [JORDAN, ALEX, RILEY] = BENCH_CANDIDATES;
const SETTLE_MS = 200;

/** Starts watching in the worker; resolves (later) with epoch-ms timestamps of what happened. */
function startWatch(serviceWorker, tabId, candidate) {
  return serviceWorker.evaluate(
    ({ tabId: id, text }) => {
      globalThis.__benchWatch = (async () => {
        const seen = {};
        // Not matched by URL: the tab state keeps the URL the page was loaded with (see the report).
        const onChanged = (changes, area) => {
          const state = area === 'session' ? changes[`tab:${id}`] : undefined;
          if (!state) return;
          const now = Date.now();
          if (state.newValue === undefined) seen.cleared ??= now;
          else if (state.newValue.phase === 'loading') seen.detected ??= now;
          else if (state.newValue.phase === 'ready' && seen.detected !== undefined) seen.ready ??= now;
        };
        chrome.storage.onChanged.addListener(onChanged);
        try {
          const deadline = Date.now() + 10_000;
          while (Date.now() < deadline) {
            const badge = await chrome.action.getBadgeText({ tabId: id });
            if (badge === '') seen.badgeEmpty ??= Date.now();
            if (badge === text) return { ...seen, badge: Date.now() };
            await new Promise((resolve) => setTimeout(resolve, 1));
          }
          return { ...seen, badge: null };
        } finally {
          chrome.storage.onChanged.removeListener(onChanged);
        }
      })();
    },
    { tabId, text: candidate.badge },
  );
}

async function navigateOnce(ext, page, tabId, candidate) {
  await startWatch(ext.serviceWorker, tabId, candidate);
  const pushedAt = await page.evaluate((index) => window.benchApp.navigate(index), BENCH_CANDIDATES.indexOf(candidate));
  const seen = await ext.serviceWorker.evaluate(() => globalThis.__benchWatch);
  await page.waitForTimeout(SETTLE_MS);
  if (seen.badge === null) throw new Error(`The badge never showed ${candidate.badge} for ${candidate.name} within 10 s of history.pushState`);
  const since = (t) => (t === undefined ? undefined : t - pushedAt);
  return { badge: since(seen.badge), detected: since(seen.detected), ready: since(seen.ready), cleared: since(seen.cleared ?? seen.badgeEmpty) };
}

function summarizeRuns(runs) {
  const defined = (key) => runs.map((run) => run[key]).filter((value) => value !== undefined);
  return {
    badge: summarize(defined('badge')),
    detectedMedian: median(defined('detected')),
    detectedCount: defined('detected').length,
    readyMedian: median(defined('ready')),
    clearedMedian: median(defined('cleared')),
    clearedCount: defined('cleared').length,
  };
}

export async function measureDetection({ ext, navigations, warmup, largeNavigations, log }) {
  const page = await ext.context.newPage();
  await page.goto(candidateUrl(JORDAN), { waitUntil: 'load' });
  await page.bringToFront();
  const tabId = await tabIdOf(ext.serviceWorker, page);
  await waitFor(async () => (await readBadge(ext.serviceWorker, tabId)) === JORDAN.badge, { timeoutMs: 15_000, message: `the badge to show ${JORDAN.badge} on the bench profile` });

  // Warm-up: every report fetched once, at least (later navigations are served from the cache), JIT warm.
  for (let i = 0; i < Math.max(warmup, 3); i++) await navigateOnce(ext, page, tabId, [ALEX, RILEY, JORDAN][i % 3]);
  const runs = [];
  for (let i = 0; i < navigations; i++) runs.push(await navigateOnce(ext, page, tabId, i % 2 === 0 ? ALEX : JORDAN));
  log(`detection: ${navigations} navigations between two cached normal reports`);

  // Switching to the candidate with the 5,000-message report: the worker reads its whole cache entry.
  const large = [];
  for (let i = 0; i < largeNavigations; i++) {
    large.push(await navigateOnce(ext, page, tabId, RILEY));
    await navigateOnce(ext, page, tabId, JORDAN);
  }
  log(`detection: ${largeNavigations} navigations to the 5,000-message report`);
  await page.close();
  return { normal: summarizeRuns(runs), large: summarizeRuns(large), warmup };
}
