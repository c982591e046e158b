#!/usr/bin/env node
// A profiling aid, not a benchmark: a devtools timeline trace of the side panel's first render of a
// cached report (the bench's "data -> first frame" path), printed as the panel renderer's main-thread
// events in time order from the storage write (t0) to the first frame, one line per event >= 0.1 ms.
// [normal|large], --rounds=<n>, --open, --frames: README.md.
import { argument, cachedReportPanel, option, profileSession } from './session.mjs';

const kind = argument('normal');
const session = await profileSession();
const { ext } = session;
try {
  const { state, panel, cdp } = await cachedReportPanel(ext, kind);
  let fakeTab = 990_000;
  const rounds = Number(option('rounds') ?? 4);
  // One open panel page for every round (the bench's "next candidate" row), not a fresh one.
  const open = option('open') !== undefined;
  const wrapFrames = option('frames') !== undefined;
  for (let round = 0; round < rounds; round++) {
    const id = open ? fakeTab : fakeTab++;
    if (!open || round === 0) await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tabId=${id}`);
    await panel.locator('[data-state]').first().waitFor();
    await panel.waitForTimeout(100);
    // As the worker does (and the bench): the detection first, shown as loading, then the report.
    await panel.evaluate(([tab, s]) => chrome.storage.session.set({ [`tab:${tab}`]: { ...s, tabId: tab, phase: 'loading', result: undefined } }), [id, state]);
    await panel.locator('[data-state="loading"]').waitFor();
    await panel.waitForTimeout(100);
    const events = [];
    const traced = round >= rounds - 2;
    if (traced) {
      cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
      await cdp.send('Tracing.start', {
        categories: 'devtools.timeline,disabled-by-default-devtools.timeline,disabled-by-default-devtools.timeline.stack,blink.user_timing',
        transferMode: 'ReportEvents',
      });
    }
    const ms = await panel.evaluate(
      ([tab, s, wrap]) =>
        new Promise((resolve) => {
          if (wrap && !window.__wrapped) {
            window.__wrapped = true;
            const name = (fn) => String(fn).replace(/\s+/g, ' ').slice(0, 50);
            const raf = window.requestAnimationFrame.bind(window);
            window.requestAnimationFrame = (fn) => {
              performance.mark(`raf asked: ${name(fn)}`);
              return raf((t) => {
                performance.mark(`raf runs: ${name(fn)}`);
                fn(t);
              });
            };
            const timeout = window.setTimeout.bind(window);
            window.setTimeout = (fn, ms, ...rest) => {
              performance.mark(`timer ${ms ?? 0} asked: ${name(fn)}`);
              return timeout(
                (...a) => {
                  performance.mark(`timer runs: ${name(fn)}`);
                  fn(...a);
                },
                ms,
                ...rest,
              );
            };
          }
          performance.mark('t0');
          const t0 = performance.now();
          const observer = new MutationObserver(() => {
            if (!document.querySelector('[data-state="report"]')) return;
            observer.disconnect();
            performance.mark('committed');
            requestAnimationFrame(() => {
              performance.mark('raf');
              // The first task after the frame: user-blocking goes before the page's own timers (see sidepanel.mjs).
              scheduler.postTask(
                () => {
                  performance.mark('frame');
                  resolve(performance.now() - t0);
                },
                { priority: 'user-blocking' },
              );
            });
          });
          observer.observe(document.body, { subtree: true, childList: true, attributes: true });
          chrome.storage.session.set({ [`tab:${tab}`]: { ...s, tabId: tab } });
        }),
      [id, state, wrapFrames],
    );
    console.log(`round ${round}: ${ms.toFixed(1)} ms`);
    if (!traced) continue;
    await panel.waitForTimeout(200);
    const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.end');
    await done;
    cdp.removeAllListeners('Tracing.dataCollected');
    const mark = (name) => events.find((e) => e.name === name && e.cat?.includes('user_timing'));
    const t0 = mark('t0');
    if (!t0) {
      console.log('no t0 mark in the trace');
      continue;
    }
    const end = mark('frame')?.ts ?? t0.ts + 50_000;
    for (const m of events.filter((e) => e.cat?.includes('user_timing') && e.ts >= t0.ts && e.ts <= end + 2000))
      console.log(`  mark ${m.name} at ${((m.ts - t0.ts) / 1000).toFixed(2)} ms`);
    const rows = events
      .filter((e) => e.pid === t0.pid && e.tid === t0.tid && e.ph === 'X' && e.ts >= t0.ts - 1000 && e.ts <= end + 2000 && (e.dur ?? 0) >= 100)
      .sort((a, b) => a.ts - b.ts);
    for (const e of rows) {
      const data = e.args?.data ?? {};
      const where = data.url ? `${data.url.split('/').pop()}:${data.lineNumber}:${data.columnNumber}` : '';
      // A style or layout forced by script carries the script's stack (devtools.timeline.stack).
      const forced = e.args?.beginData?.stackTrace?.[0];
      const by = forced ? ` forced by ${forced.functionName || '?'} ${forced.url?.split('/').pop()}:${forced.lineNumber}:${forced.columnNumber}` : '';
      const detail = `${data.functionName ?? ''} ${where || data.type || ''}${by}`;
      console.log(`  ${((e.ts - t0.ts) / 1000).toFixed(2).padStart(7)} +${(e.dur / 1000).toFixed(2).padStart(6)}  ${e.name} ${detail}`);
    }
  }
} finally {
  await session.close();
}
