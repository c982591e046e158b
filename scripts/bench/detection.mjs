import { waitFor } from '../lib/browser.mjs';
import { armBadgeWait, traceBadges } from './badge-trace.mjs';
import { readBadge, tabIdOf } from './browsers.mjs';
import { BENCH_CANDIDATES, candidateUrl } from './fixture/candidates.mjs';
import { median, quantileRatio, summarize } from './stats.mjs';

// 2. Detection latency after an in-app navigation, for the product and for the reference extension
// (reference.mjs: the physical minimum) side by side: the same page, the same navigations,
// interleaved (product, reference, reference, product, ...) so both see the same machine load.
// The page calls history.pushState and renders the new profile in the same task
// (fixture/app.js navigate()); the badge is observed by wrapping chrome.action.setBadgeText in each
// worker (badge-trace.mjs): no polling loop competes with the worker's own work. "badge" is when the
// browser confirmed the call (its promise settled), "called" when the worker made it.
// For the product, both reports are already cached, so no network is involved: content script
// (navigation seen, page scanned) -> message -> worker (state written, cache read) -> badge set.
// The product's intermediate steps come from its session-storage writes (storage.onChanged).

const [JORDAN, ALEX, RILEY] = BENCH_CANDIDATES;
const SETTLE_MS = 200;

/** The product only: when its worker wrote the tab's state (detected / ready), from storage.onChanged. */
function startMarks(serviceWorker, tabId) {
  return serviceWorker.evaluate((id) => {
    const seen = {};
    const onChanged = (changes, area) => {
      const state = area === 'session' ? changes[`tab:${id}`] : undefined;
      if (!state) return;
      const now = performance.timeOrigin + performance.now();
      if (state.newValue === undefined) return void (seen.cleared ??= now);
      // The navigation's first write has a new navId: 'loading', or at once 'ready' when the worker
      // already knows the candidate's report is in the cache (detection.ts).
      const fresh = state.newValue.navId !== state.oldValue?.navId;
      if (fresh) seen.detected ??= now;
      if (state.newValue.phase === 'ready' && seen.detected !== undefined) seen.ready ??= now;
    };
    chrome.storage.onChanged.addListener(onChanged);
    globalThis.__benchMarks = () => {
      chrome.storage.onChanged.removeListener(onChanged);
      return seen;
    };
  }, tabId);
}

async function navigateOnce(side, candidate) {
  const { ext, page, tabId } = side;
  const wait = await armBadgeWait(ext.serviceWorker, tabId, candidate.badge);
  if (side.marks) await startMarks(ext.serviceWorker, tabId);
  const pushedAt = await page.evaluate((index) => window.benchApp.navigate(index), BENCH_CANDIDATES.indexOf(candidate));
  const { shown, calls } = await wait.collect();
  const seen = side.marks ? await ext.serviceWorker.evaluate(() => globalThis.__benchMarks()) : {};
  await page.waitForTimeout(SETTLE_MS);
  if (shown === null) throw new Error(`${side.name}: the badge never showed ${candidate.badge} for ${candidate.name} within 10 s of history.pushState`);
  const since = (t) => (t === undefined ? undefined : t - pushedAt);
  const blank = calls.find((call) => call.text === '');
  return {
    badge: since(shown.doneAt),
    called: since(shown.calledAt),
    detected: since(seen.detected),
    ready: since(seen.ready),
    cleared: since(seen.cleared ?? blank?.calledAt),
    badgeCalls: calls.length,
    ...(process.env.BENCH_DEBUG ? { calls: calls.map((call) => ({ text: call.text, calledAt: since(call.calledAt), doneAt: since(call.doneAt) })) } : {}),
  };
}

function summarizeRuns(runs) {
  const defined = (key) => runs.map((run) => run[key]).filter((value) => value !== undefined);
  return {
    badge: summarize(defined('badge')),
    called: summarize(defined('called')),
    detectedMedian: median(defined('detected')),
    detectedCount: defined('detected').length,
    readyMedian: median(defined('ready')),
    clearedMedian: median(defined('cleared')),
    clearedCount: defined('cleared').length,
    badgeCallsMedian: median(defined('badgeCalls')),
  };
}

async function prepare(name, ext, marks) {
  const page = await ext.context.newPage();
  await page.goto(candidateUrl(JORDAN), { waitUntil: 'load' });
  await page.bringToFront();
  const tabId = await tabIdOf(ext.serviceWorker, page);
  await waitFor(async () => (await readBadge(ext.serviceWorker, tabId)) === JORDAN.badge, {
    timeoutMs: 15_000,
    message: `${name}: the badge to show ${JORDAN.badge} on the bench profile`,
  });
  await traceBadges(ext.serviceWorker);
  return { name, ext, page, tabId, marks };
}

/** Runs `step(side, i)` for every side, alternating which goes first (ABBA...). */
async function interleaved(sides, count, step) {
  const runs = Object.fromEntries(sides.map((side) => [side.name, []]));
  for (let i = 0; i < count; i++) {
    for (const side of i % 2 === 0 ? sides : [...sides].reverse()) {
      const run = await step(side, i);
      if (run) runs[side.name].push(run);
    }
  }
  return runs;
}

export async function measureDetection({ ext, reference, navigations, warmup, largeNavigations, log }) {
  const sides = [await prepare('product', ext, true), await prepare('reference', reference, false)];
  // Warm-up: every report fetched once, at least (later navigations are served from the cache), JIT warm.
  await interleaved(sides, Math.max(warmup, 3), (side, i) => navigateOnce(side, [ALEX, RILEY, JORDAN][i % 3]).then(() => undefined));
  const normal = await interleaved(sides, navigations, (side, i) => navigateOnce(side, i % 2 === 0 ? ALEX : JORDAN));
  if (process.env.BENCH_DEBUG) console.log(JSON.stringify(normal.product.slice(0, 4), null, 1));
  log(`detection: ${navigations} navigations between two cached normal reports, product and reference interleaved`);

  // Switching to the candidate with the 5,000-message report: the product's worker reads its whole cache entry.
  const large = await interleaved(sides, largeNavigations, async (side) => {
    const run = await navigateOnce(side, RILEY);
    await navigateOnce(side, JORDAN);
    return run;
  });
  log(`detection: ${largeNavigations} navigations to the 5,000-message report, product and reference interleaved`);
  await Promise.all(sides.map(({ page }) => page.close()));
  const product = { normal: summarizeRuns(normal.product), large: summarizeRuns(large.product) };
  const ref = { normal: summarizeRuns(normal.reference), large: summarizeRuns(large.reference) };
  return {
    ...product, // detection.normal / detection.large: the product, as before
    reference: ref,
    // product p95 / reference p95, with a 95% bootstrap interval (each series resampled on its own)
    ratioP95: {
      normal: quantileRatio(
        normal.product.map((run) => run.badge),
        normal.reference.map((run) => run.badge),
        95,
      ),
      large: quantileRatio(
        large.product.map((run) => run.badge),
        large.reference.map((run) => run.badge),
        95,
      ),
    },
    method:
      'chrome.action.setBadgeText wrapped in each worker (badge-trace.mjs), badge = call confirmed; until 2026-12-02 it was polled from the worker every ~1 ms',
    warmup,
  };
}
