#!/usr/bin/env node
// A profiling aid, not a benchmark: a devtools timeline trace of the bench's 200-row list workload
// (list-page.mjs) with and without the extension, the page's main-thread events summed by name
// (Commit, Layout, Paint, TimerFire, IntersectionObserver...), per run, after one warm-up run.
import { profileSession } from './session.mjs';
import { listUrl, listWorkload } from '../bench/list-page.mjs';
const session = await profileSession({ without: true });
const { sides } = session;
let from = 700000;
for (const [name, b] of Object.entries(sides)) {
  const page = await b.context.newPage();
  const cdp = await b.context.newCDPSession(page);
  const totals = new Map();
  let cpuTotal = 0;
  for (let round = 0; round < 4; round++) {
    await page.goto(listUrl((from += 1000)), { waitUntil: 'load' });
    await page.waitForTimeout(300);
    const events = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
    await page.evaluate(listWorkload);
    const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.end');
    await done;
    cdp.removeAllListeners('Tracing.dataCollected');
    if (round === 0) continue;
    // main thread of the page: the thread with most RunTask? take CrRendererMain
    const mainTid = events.find(
      (e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.name === 'RunTask'),
    )?.tid;
    for (const e of events) {
      if (e.ph !== 'X' || e.tid !== mainTid || !e.dur) continue;
      if (['RunTask', 'ThreadControllerImpl::RunTask'].includes(e.name)) {
        cpuTotal += (e.tdur ?? 0) / 1000;
        continue;
      }
      totals.set(e.name, (totals.get(e.name) ?? 0) + e.dur / 1000);
    }
  }
  console.log(`\n${name}: RunTask thread time ${(cpuTotal / 3).toFixed(1)} ms/run; top events (wall, ms per run):`);
  for (const [k, v] of [...totals.entries()].sort((a, b) => b[1] - a[1]).slice(0, 16)) console.log(`${(v / 3).toFixed(2).padStart(9)}  ${k}`);
  await page.close();
}
await session.close();
