import { BENCH_CANDIDATES, candidateUrl } from './fixture/candidates.mjs';
import { browserCpuMs } from './proc-cpu.mjs';
import { interleavedRounds, pairedRatio, summarize } from './stats.mjs';

// 1. What the extension costs the ATS page itself. The same heavy profile is loaded and the same
// seeded workload (list re-renders, DOM mutations, 4 pushState candidate switches) is run in two
// browsers, one with the extension and one without, alternating which goes first each round.
// The switches are between the two candidates with normal-size reports (cached after warm-up); what
// the 5,000-message report costs is measured on its own in detection.mjs and sidepanel.mjs.

const SETTLE_MS = 300; // after load, before the workload: same for both (the content script starts at document_idle)
const ROUTE = [1, 0, 1, 0]; // Alex, Jordan, Alex, Jordan (fixture/candidates.mjs)
const TAIL_MS = 500; // browser CPU is counted this long past the workload: the worker may still be answering its last navigation

async function prepare({ context, profileDir }) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return { page, cdp, profileDir };
}

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map(({ name, value }) => [name, value]));
}

async function runOnce({ page, cdp, profileDir }) {
  await page.goto(candidateUrl(BENCH_CANDIDATES[0]), { waitUntil: 'load' });
  const loadMs = await page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventEnd);
  await page.waitForTimeout(SETTLE_MS);
  const before = await metrics(cdp);
  const browserBefore = browserCpuMs(profileDir);
  const result = await page.evaluate((route) => window.benchApp.workload({ seed: 1, route }), ROUTE);
  const after = await metrics(cdp);
  await page.waitForTimeout(TAIL_MS);
  const browserAfter = browserCpuMs(profileDir);
  return {
    loadMs,
    workloadMs: result.ms,
    // The page's main thread during the workload (the content script runs there too): busy time
    // (wall time of its tasks) and CPU time (what it actually computed, whatever else the machine did).
    taskMs: (after.TaskDuration - before.TaskDuration) * 1000,
    cpuMs: (after.ThreadTime - before.ThreadTime) * 1000,
    // Every process of that browser (with the extension: also its worker and the storage it uses).
    browserCpuMs: browserBefore === undefined ? undefined : browserAfter - browserBefore,
    nodes: result.nodes,
  };
}

/**
 * `floor` (optional): the reference extension (pushState -> one message -> badge) and reference-chips'
 * pills in one extension (reference.mjs, makeFullReference): the physical minimum of what the
 * product does on this page. `noChips` (optional): the same build with "Scores in candidate lists" off, what detection and the
 * badge alone cost. `chipFloor` (optional): reference-chips/, a bare pill after every candidate link
 * (this profile lists 1,000 applicants), what any visible chip costs the page. Both in the same rounds.
 */
export async function measureHostCost({ withBrowser, withoutBrowser, noChipsBrowser, chipFloorBrowser, floorBrowser, samples, warmup, log }) {
  const sides = {
    with: await prepare(withBrowser),
    without: await prepare(withoutBrowser),
    ...(noChipsBrowser ? { noChips: await prepare(noChipsBrowser) } : {}),
    ...(chipFloorBrowser ? { chipFloor: await prepare(chipFloorBrowser) } : {}),
    ...(floorBrowser ? { floor: await prepare(floorBrowser) } : {}),
  };
  const runs = await interleavedRounds({ sides, samples, warmup, runOnce, log, label: 'host-page cost' });
  await Promise.all(Object.values(sides).map(({ page }) => page.close()));
  const pick = (side, key) => runs[side].map((run) => run[key]);
  const result = {};
  for (const key of ['workloadMs', 'taskMs', 'cpuMs', 'browserCpuMs', 'loadMs']) {
    if (pick('with', key).some((value) => value === undefined)) continue;
    result[key] = { with: summarize(pick('with', key)), without: summarize(pick('without', key)), ratio: pairedRatio(pick('with', key), pick('without', key)) };
    for (const side of ['noChips', 'chipFloor', 'floor']) {
      if (!runs[side] || pick(side, key).some((value) => value === undefined)) continue;
      result[key][side] = summarize(pick(side, key));
      result[key][`${side}Ratio`] = pairedRatio(pick(side, key), pick('without', key));
    }
    // The product against its floor, round by round: what is left above the physical minimum.
    if (result[key].floor) result[key].overFloorRatio = pairedRatio(pick('with', key), pick('floor', key));
  }
  result.domElements = runs.without[0]?.nodes;
  result.warmup = warmup;
  return result;
}
