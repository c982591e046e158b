#!/usr/bin/env node
// A profiling aid, not a benchmark: a CPU profile of the side panel's first render of a cached report
// (the bench's "data -> first frame" path), printed as the functions with the most self time.
// [normal|large], --total: README.md.
import { argument, cachedReportPanel, option, profileSession } from './session.mjs';

const kind = argument('normal');
const session = await profileSession();
const { ext } = session;
try {
  const { state, panel, cdp } = await cachedReportPanel(ext, kind);
  let fakeTab = 990_000;
  for (let round = 0; round < 4; round++) {
    const id = fakeTab++;
    await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tabId=${id}`);
    await panel.locator('[data-state]').first().waitFor();
    await panel.waitForTimeout(100);
    const last = round === 3;
    if (last) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }
    const ms = await panel.evaluate(
      ([tab, s]) =>
        new Promise((resolve) => {
          const t0 = performance.now();
          const observer = new MutationObserver(() => {
            if (!document.querySelector('[data-state="report"]')) return;
            observer.disconnect();
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
          });
          observer.observe(document.body, { subtree: true, childList: true, attributes: true });
          chrome.storage.session.set({ [`tab:${tab}`]: { ...s, tabId: tab } });
        }),
      [id, state],
    );
    console.log(`round ${round}: ${ms.toFixed(1)} ms`);
    if (last) {
      const { profile } = await cdp.send('Profiler.stop');
      const self = new Map();
      const dt = profile.timeDeltas;
      const byId = new Map(profile.nodes.map((n) => [n.id, n]));
      profile.samples.forEach((id, i) => {
        const n = byId.get(id);
        const f = n.callFrame;
        const name = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`;
        self.set(name, (self.get(name) ?? 0) + (dt[i] ?? 0) / 1000);
      });
      const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30);
      for (const [name, t] of top) console.log(`${t.toFixed(2).padStart(8)} ms  ${name}`);
      // Inclusive time: every function on the stack of each sample (--total).
      if (option('total')) {
        const parentOf = new Map();
        for (const n of profile.nodes) for (const child of n.children ?? []) parentOf.set(child, n);
        const total = new Map();
        profile.samples.forEach((id, i) => {
          const seen = new Set();
          for (let n = byId.get(id); n; n = parentOf.get(n.id)) {
            const f = n.callFrame;
            if (!f.url.includes('chrome-extension')) continue;
            const name = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`;
            if (seen.has(name)) continue;
            seen.add(name);
            total.set(name, (total.get(name) ?? 0) + (dt[i] ?? 0) / 1000);
          }
        });
        console.log('inclusive:');
        for (const [name, t] of [...total.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${t.toFixed(2).padStart(8)} ms  ${name}`);
      }
    }
  }
} finally {
  await session.close();
}
