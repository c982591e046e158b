#!/usr/bin/env node
// A profiling aid, not a benchmark: a CPU profile of the extension's service worker while the host
// phase's workload (host-cost.mjs) runs on the bench's heavy ATS page, printed as the functions with
// the most self time and, with --total, inclusive time. Reached from the page's DevTools session
// through Target.attachToTarget (Playwright opens no session on a service worker). --rounds=<n>: README.md.
import { option, profileSession } from './session.mjs';
import { BENCH_CANDIDATES, candidateUrl } from '../bench/fixture/candidates.mjs';

const runs = Number(option('rounds') ?? 4);
const session = await profileSession();
const { ext } = session;
try {
  const page = await ext.context.newPage();
  const cdp = await ext.context.newCDPSession(page);
  const { targetInfos } = await cdp.send('Target.getTargets');
  const worker = targetInfos.find((info) => info.type === 'service_worker' && info.url.startsWith(`chrome-extension://${ext.extensionId}/`));
  if (!worker) throw new Error('no service worker target');
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false });
  let nextId = 1;
  const waiting = new Map();
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message);
    waiting.get(message.id)?.(message);
    waiting.delete(message.id);
  });
  const send = (method, params = {}) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, (message) => (message.error ? reject(new Error(message.error.message)) : resolve(message.result)));
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    });
  const run = async () => {
    await page.goto(candidateUrl(BENCH_CANDIDATES[0]), { waitUntil: 'load' });
    await page.waitForTimeout(300);
    await page.evaluate((route) => window.benchApp.workload({ seed: 1, route }), [1, 0, 1, 0]);
    await page.waitForTimeout(500);
  };
  await run(); // warm-up
  await send('Profiler.enable');
  await send('Profiler.setSamplingInterval', { interval: 50 });
  await send('Profiler.start');
  for (let i = 0; i < runs; i++) await run();
  const { profile } = await send('Profiler.stop');
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parentOf = new Map();
  for (const n of profile.nodes) for (const child of n.children ?? []) parentOf.set(child, n);
  const name = (n) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
  const self = new Map();
  const total = new Map();
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const n = byId.get(id);
    self.set(name(n), (self.get(name(n)) ?? 0) + ms);
    const seen = new Set();
    for (let at = n; at; at = parentOf.get(at.id)) {
      if (seen.has(name(at))) continue;
      seen.add(name(at));
      total.set(name(at), (total.get(name(at)) ?? 0) + ms);
    }
  });
  const busy = [...self.entries()].filter(([key]) => !key.startsWith('(idle)') && !key.startsWith('(program)')).reduce((sum, [, ms]) => sum + ms, 0);
  console.log(
    `worker JS per workload run: ${(busy / runs).toFixed(1)} ms (program ${((self.get('(program) :-1') ?? 0) / runs).toFixed(1)} ms, gc ${((self.get('(garbage collector) :-1') ?? 0) / runs).toFixed(1)} ms)`,
  );
  console.log('self, ms per run:');
  for (const [key, ms] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${(ms / runs).toFixed(2).padStart(8)}  ${key}`);
  if (option('total')) {
    console.log('inclusive, ms per run:');
    for (const [key, ms] of [...total.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${(ms / runs).toFixed(2).padStart(8)}  ${key}`);
  }
} finally {
  await session.close();
}
