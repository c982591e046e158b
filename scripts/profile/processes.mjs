#!/usr/bin/env node
// A profiling aid, not a benchmark: the host phase's workload (host-cost.mjs) in Chromium with the
// extension and without, CPU per run split by process kind (proc-cpu.mjs, browserCpuByKind): where the
// whole-browser extra goes. --rounds=<n>, --no-chips: README.md.
import { option, profileSession } from './session.mjs';
import { BENCH_CANDIDATES, candidateUrl } from '../bench/fixture/candidates.mjs';
import { browserCpuByKind } from '../bench/proc-cpu.mjs';

const rounds = Number(option('rounds') ?? 8);
const session = await profileSession({ without: true });
try {
  const sides = Object.entries(session.sides).map(([name, b]) => ({ name, b, totals: {} }));
  for (const side of sides) side.page = await side.b.context.newPage();
  for (let round = 0; round <= rounds; round++) {
    for (const side of round % 2 ? sides : [...sides].reverse()) {
      await side.page.goto(candidateUrl(BENCH_CANDIDATES[0]), { waitUntil: 'load' });
      await side.page.waitForTimeout(300);
      const before = browserCpuByKind(side.b.profileDir);
      await side.page.evaluate((route) => window.benchApp.workload({ seed: 1, route }), [1, 0, 1, 0]);
      await side.page.waitForTimeout(500);
      const after = browserCpuByKind(side.b.profileDir);
      if (round === 0) continue; // warm-up
      for (const [kind, ms] of Object.entries(after)) side.totals[kind] = (side.totals[kind] ?? 0) + ms - (before[kind] ?? 0);
    }
  }
  const kinds = [...new Set(sides.flatMap((side) => Object.keys(side.totals)))].sort();
  console.log(`CPU ms per workload run (${rounds} runs each, workload + 0.5 s):`);
  console.log(`${'process'.padEnd(28)}${sides.map((side) => side.name.padStart(10)).join('')}`);
  for (const kind of kinds) console.log(`${kind.padEnd(28)}${sides.map((side) => ((side.totals[kind] ?? 0) / rounds).toFixed(0).padStart(10)).join('')}`);
  console.log(`${'all'.padEnd(28)}${sides.map((side) => (Object.values(side.totals).reduce((a, b) => a + b, 0) / rounds).toFixed(0).padStart(10)).join('')}`);
} finally {
  await session.close();
}
