#!/usr/bin/env node
// A profiling aid, not a benchmark: a CPU profile of the bench's heavy ATS page running its workload
// with the extension, split by where the time went (the page's own script, the content script,
// native work such as style, layout and GC), next to the same run without the extension.
// --list: the 200-row list page instead; --tail=<ms>: keep profiling after the workload (README.md).
import { option, profileSession } from './session.mjs';
import { BENCH_CANDIDATES, candidateUrl } from '../bench/fixture/candidates.mjs';
import { listWorkload, listUrl } from '../bench/list-page.mjs';

const session = await profileSession({ without: true });
const { sides } = session;
try {
  for (const [name, browser] of Object.entries(sides)) {
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    const totals = new Map();
    const fns = new Map();
    const list = option('list');
    const tail = Number(option('tail') ?? 0);
    const stacks = option('stacks');
    for (let round = 0; round < 4; round++) {
      await page.goto(list ? listUrl(500_000 + round * 1000 + (name === 'with' ? 0 : 100_000)) : candidateUrl(BENCH_CANDIDATES[0]), { waitUntil: 'load' });
      await page.waitForTimeout(300);
      const profiled = round > 0;
      if (profiled) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
        await cdp.send('Profiler.start');
      }
      const result = list ? { ms: await page.evaluate(listWorkload) } : await page.evaluate(() => window.benchApp.workload({ seed: 1, route: [1, 0, 1, 0] }));
      if (!profiled) continue;
      if (tail) await page.waitForTimeout(tail);
      const { profile } = await cdp.send('Profiler.stop');
      const byId = new Map(profile.nodes.map((n) => [n.id, n]));
      const parentOf = new Map();
      for (const n of profile.nodes) for (const child of n.children ?? []) parentOf.set(child, n);
      if (stacks) {
        const callers = new Map();
        profile.samples.forEach((id, i) => {
          const n = byId.get(id);
          if (n.callFrame.functionName !== stacks) return;
          const chain = [];
          for (let p = parentOf.get(n.id); p && chain.length < 6; p = parentOf.get(p.id))
            chain.push(`${p.callFrame.functionName || '(anon)'}@${p.callFrame.url.split('/').pop()}:${p.callFrame.lineNumber}:${p.callFrame.columnNumber}`);
          const key = chain.join(' < ');
          callers.set(key, (callers.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
        });
        for (const [key, ms] of [...callers.entries()].sort((a, b) => b[1] - a[1]).slice(0, 6)) console.log(`  ${ms.toFixed(2)} ms  ${key}`);
      }
      profile.samples.forEach((id, i) => {
        const f = byId.get(id).callFrame;
        const ms = (profile.timeDeltas[i] ?? 0) / 1000;
        const where = f.url.startsWith('chrome-extension://')
          ? 'content script'
          : f.url.includes('/__bench/')
            ? 'page script'
            : f.url
              ? f.url
              : `native ${f.functionName || ''}`.trim();
        totals.set(where, (totals.get(where) ?? 0) + ms);
        if (where === 'content script') {
          const key = `${f.functionName || '(anon)'}:${f.lineNumber}:${f.columnNumber}`;
          fns.set(key, (fns.get(key) ?? 0) + ms);
        }
      });
      console.log(`${name} round ${round}: workload ${result.ms.toFixed(1)} ms`);
    }
    console.log(`\n${name}: self time over 3 profiled runs`);
    for (const [where, ms] of [...totals.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${where}`);
    if (fns.size) {
      console.log('  content script functions:');
      for (const [fn, ms] of [...fns.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`${ms.toFixed(2).padStart(10)} ms  ${fn}`);
    }
    await page.close();
  }
} finally {
  await session.close();
}
