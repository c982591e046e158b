#!/usr/bin/env node
// `npm run bench`: performance numbers for the extension in real Chromium. Builds the extension into
// .bench/build, serves a heavy ATS-like page and the mock Xobin API at their real host names, and
// measures (scripts/bench/*.mjs, one module per measurement):
//   1. host-page cost (same page and workload with and without the extension),
//   2. detection latency after history.pushState, next to a minimal reference extension (the floor),
//   3. service-worker cold start to badge, report cached and uncached,
//   4. side panel first render, normal and 5,000-message report, and 100 to 20,000 messages,
//   5. gzipped bundle sizes against their budgets.
// Prints a table and writes bench-results/bench-<ISO date>.json, with a top-level `summary` (each
// target -> { value, target, met }) and the machine's load average per phase. Timings are reported,
// never asserted: the exit code is non-zero only when the benchmark itself could not run.
//
//   npm run bench                      full run (about 4-5 minutes on 2 cores)
//   npm run bench -- --skip-build      reuse .bench/build from the previous run
//   npm run bench -- --quick           few samples, for working on the bench itself (figures not conclusive)
//   npm run bench -- --only=detection,cold   only these phases (host, list, detection, panel, cold), for profiling one
// Where the time of one path goes: the profiling aids in scripts/profile/ (README.md there).

import { execFileSync } from 'node:child_process';
import { cpus, loadavg, platform, release } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumPath } from './lib/browser.mjs';
import { startMockServer } from './mock-xobin/server.mjs';
import { launchWith, launchWithout } from './bench/browsers.mjs';
import { buildExtension } from './bench/build.mjs';
import { measureColdStart } from './bench/cold-start.mjs';
import { measureDetection } from './bench/detection.mjs';
import { measureHostCost } from './bench/host-cost.mjs';
import { measureListPage } from './bench/list-page.mjs';
import { launchReference, makeFullReference, REFERENCE_CHIPS_DIR, REFERENCE_SCORES_DIR } from './bench/reference.mjs';
import { buildRows, formatTable, summaryObject, targetSummary, writeResults } from './bench/report.mjs';
import { startBenchServer } from './bench/server.mjs';
import { measureSidePanel } from './bench/sidepanel.mjs';
import { measureSizes } from './bench/sizes.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BUILD_DIR = join(ROOT, '.bench', 'build');
const RESULTS_DIR = join(ROOT, 'bench-results');

/** Sample counts, chosen to keep the whole run under ~5 minutes on a 2-core machine. */
const FULL = Object.freeze({
  latencyMs: 100, // the mock API's fixed latency
  host: { samples: 14, warmup: 2 },
  detection: { navigations: 40, warmup: 3, largeNavigations: 8 },
  panel: { samples: 12, warmup: 1, scaling: [100, 1000, 5000, 20000], scalingSamples: 4 },
  cold: { samples: 5, warmup: 1 },
});
const QUICK = Object.freeze({
  ...FULL,
  host: { samples: 3, warmup: 1 },
  detection: { navigations: 6, warmup: 3, largeNavigations: 2 },
  panel: { ...FULL.panel, samples: 2, scalingSamples: 1 },
  cold: { samples: 1, warmup: 0 },
});

const WATCHDOG_MS = 10 * 60_000;
const started = Date.now();
const log = (line) => console.log(`  [${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s] ${line}`);

class UsageError extends Error {}

const PHASES = ['host', 'list', 'detection', 'panel', 'cold'];

function parseArgs(argv) {
  const known = ['--skip-build', '--quick', '--help', '-h'];
  const unknown = argv.find((arg) => !known.includes(arg) && !arg.startsWith('--only='));
  if (unknown) throw new UsageError(`Unknown option ${unknown}. Usage: npm run bench [-- --skip-build] [--quick] [--only=${PHASES.join(',')}]`);
  const only = argv
    .find((arg) => arg.startsWith('--only='))
    ?.slice('--only='.length)
    .split(',')
    .filter(Boolean);
  const wrong = only?.find((name) => !PHASES.includes(name));
  if (wrong) throw new UsageError(`Unknown phase ${wrong}: the phases are ${PHASES.join(', ')}.`);
  return { skipBuild: argv.includes('--skip-build'), quick: argv.includes('--quick'), only, help: argv.includes('--help') || argv.includes('-h') };
}

/** Things to close, last opened first, whatever happened. */
function closer() {
  const stack = [];
  return {
    add(resource) {
      stack.push(resource);
      return resource;
    },
    async release(resource) {
      const at = stack.indexOf(resource);
      if (at >= 0) stack.splice(at, 1);
      await resource.close();
    },
    async closeAll() {
      while (stack.length)
        await stack
          .pop()
          .close()
          .catch((error) => console.error(`  (while closing: ${error.message})`));
    },
  };
}

async function run({ skipBuild, quick, only }) {
  const wanted = (name) => !only || only.includes(name);
  const CONFIG = quick ? QUICK : FULL;
  chromiumPath(); // fails early, with the fix, when Chromium is missing
  const resources = closer();
  const stop = (why, code = 130) => {
    console.error(`\n${why}: closing browsers and servers…`);
    void resources.closeAll().then(() => process.exit(code));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  // Nothing in a healthy run takes this long; a hung browser must not keep CI waiting forever.
  const watchdog = setTimeout(() => stop(`npm run bench failed: still running after ${WATCHDOG_MS / 60_000} minutes`, 1), WATCHDOG_MS);
  const results = { startedAt: new Date(started).toISOString(), quick, only, machine: machine(), config: CONFIG, phaseSeconds: {}, phaseLoadAverage: {} };
  try {
    const extensionDir = skipBuild ? join(BUILD_DIR, 'chrome-mv3') : await buildExtension({ root: ROOT, outDir: BUILD_DIR });
    log(skipBuild ? `using the existing build in ${extensionDir}` : `built the extension into ${extensionDir}`);
    results.sizes = measureSizes(extensionDir);

    const mock = resources.add(await startMockServer({ latencyMs: CONFIG.latencyMs }));
    const front = resources.add(await startBenchServer({ mockPort: mock.port }));
    const withExt = resources.add(await launchWith({ extensionDir, port: front.port }));
    const withoutExt = resources.add(await launchWithout({ port: front.port }));
    log(`two Chromium instances up (extension ${withExt.extensionId}); mock API latency ${CONFIG.latencyMs} ms`);

    const phase = async (name, measure) => {
      if (!wanted(name)) return;
      const t0 = Date.now();
      const loadBefore = loadAverage();
      results[name] = await measure();
      results.phaseSeconds[name] = Math.round((Date.now() - t0) / 100) / 10;
      results.phaseLoadAverage[name] = { before: loadBefore, after: loadAverage() };
    };
    // The chips' floor (a bare pill after every candidate link) is measured on the host page and the list page.
    const referenceChips =
      wanted('host') || wanted('list') ? resources.add(await launchReference({ port: front.port, extensionDir: REFERENCE_CHIPS_DIR })) : undefined;
    await phase('host', async () => {
      const noChips = resources.add(await launchWith({ extensionDir, port: front.port, listScores: false }));
      // The product's floor there: the reference extension's detection and badge plus the bare pills.
      const floor = resources.add(await launchReference({ port: front.port, extensionDir: await makeFullReference(join(ROOT, '.bench', 'reference-full')) }));
      try {
        return await measureHostCost({
          withBrowser: withExt,
          withoutBrowser: withoutExt,
          noChipsBrowser: noChips,
          chipFloorBrowser: referenceChips,
          floorBrowser: floor,
          ...CONFIG.host,
          log,
        });
      } finally {
        await resources.release(floor);
        await resources.release(noChips);
      }
    });
    await phase('list', async () => {
      // A plain implementation of the chips with their scores, to compare the product with.
      const scores = resources.add(await launchReference({ port: front.port, extensionDir: REFERENCE_SCORES_DIR }));
      try {
        return await measureListPage({
          withBrowser: withExt,
          withoutBrowser: withoutExt,
          referenceBrowser: referenceChips,
          scoresBrowser: scores,
          ...CONFIG.host,
          log,
        });
      } finally {
        await resources.release(scores);
      }
    });
    if (referenceChips) await resources.release(referenceChips);
    await resources.release(withoutExt); // the baseline browser is no longer needed
    // The reference extension is the floor for detection, the side panel's first frame and the cold start.
    const reference = wanted('detection') || wanted('panel') || wanted('cold') ? resources.add(await launchReference({ port: front.port })) : undefined;
    if (reference) log(`reference extension up (${reference.extensionId})`);
    await phase('detection', () => measureDetection({ ext: withExt, reference, ...CONFIG.detection, log }));
    await phase('panel', () => measureSidePanel({ ext: withExt, reference, ...CONFIG.panel, log }));
    await phase('cold', () => measureColdStart({ ext: withExt, reference, mock, ...CONFIG.cold, log }));
    if (reference) await resources.release(reference);
  } finally {
    clearTimeout(watchdog);
    await resources.closeAll();
    process.removeListener('SIGINT', stop);
    process.removeListener('SIGTERM', stop);
  }
  results.durationMs = Date.now() - started;
  results.machine.loadAverageEnd = loadAverage();
  return results;
}

/** The 1-minute load average: how busy the machine was besides the bench (other work inflates timings). */
function loadAverage() {
  return Math.round(loadavg()[0] * 10) / 10;
}

function machine() {
  let chromium = '';
  try {
    chromium = execFileSync(chromiumPath(), ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    chromium = chromiumPath();
  }
  return {
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    platform: `${platform()} ${release()}`,
    chromium,
    loadAverageStart: loadAverage(),
  };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) {
    console.log('Usage: npm run bench [-- --skip-build] [--quick]\nPrints a table and writes bench-results/bench-<ISO date>.json.');
    return;
  }
  console.log('npm run bench: performance of the extension in real Chromium (timings are reported, not asserted)\n');
  const results = await run(args);
  const rows = buildRows(results);
  const summary = targetSummary(rows);
  const file = writeResults(RESULTS_DIR, { summary: summaryObject(rows), ...results, targets: summary }, rows);
  const host = results.machine;
  console.log(`\n${host.chromium}, ${host.cpus} CPUs; load average (1 min) ${host.loadAverageStart} at the start, ${host.loadAverageEnd} at the end.`);
  const phases = Object.entries(results.phaseLoadAverage).map(([name, { before, after }]) => `${name} ${before} -> ${after}`);
  console.log(`Load average per phase (1 min, before -> after): ${phases.join(', ')}.`);
  if (Math.max(host.loadAverageStart, host.loadAverageEnd) > host.cpus)
    console.log('The machine was busy with other work: wall-clock timings are inflated and noisy; CPU-time rows much less so.');
  console.log(`\n${formatTable(rows)}\n`);
  console.log(`Targets met: ${summary.met} of ${summary.total}.`);
  for (const missed of summary.missed) console.log(`  not met: ${missed}`);
  for (const unclear of summary.inconclusive) console.log(`  inconclusive (95% interval of the ratio straddles the target): ${unclear}`);
  console.log(
    'Host ratios: median of per-round with/without ratios [95% bootstrap interval]; detection: product p95 / reference p95 [95% bootstrap interval].',
  );
  if (results.quick) console.log('--quick: few samples; the verdicts above are not conclusive.');
  console.log(`\nFinished in ${(results.durationMs / 1000).toFixed(0)} s. Results: ${file}`);
}

main().catch((error) => {
  console.error(`\nnpm run bench failed: ${error?.message ?? error}`);
  const expected = error instanceof UsageError || /^(Chromium not found|Building the extension failed)/.test(error?.message ?? '');
  if (error?.stack && !expected) console.error(error.stack.split('\n').slice(1).join('\n'));
  process.exit(1);
});
