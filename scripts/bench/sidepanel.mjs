import { stageCopies, stageEntries, stageFloor, stageScaled, unstage } from './panel-staging.mjs';
import { summarize } from './stats.mjs';

// 4. Side panel first render. The panel page is opened as an ordinary tab, pinned to a tab id no
// real tab has (?tabId=N), so it starts empty. The report's cache entry is written first, as the
// worker does after a fetch; then the tab's state as the worker writes it for a navigation: first
// the detection (phase 'loading', which the panel shows as loading), then, 100 ms later and with
// t0 taken just before, the same navigation ready with the report (chrome.storage.session.set).
// Both writes, because the worker never writes a ready state straight after an empty one, and a
// panel that sees that sequence draws a loading frame first that no recruiter would see. The panel
// hears the change, reads the report from session storage and renders. t1 is the first frame after
// [data-state="report"] appears (MutationObserver, then requestAnimationFrame and one more task: the
// frame has been produced). That task is a user-blocking scheduler.postTask, which Chromium runs
// before the page's own timers and messages, so work the panel queues for after its frame (Preact's
// effects, the transcript drawn a frame after the verdict) is not counted as part of the first frame.
// Not Element Timing's render time: that is the frame's presentation, a few ms later for the
// product and the floor alike. The data is what the extension itself cached for these candidates
// earlier in the run, copied to bench-only keys (panel-staging.mjs).
// A fresh panel page per sample (pinned to a new tab id) makes every render a first render.

const FIRST_FAKE_TAB = 900_000;

async function renderOnce(page, cdp, { tabId, cacheKey, extensionId, navigate = true }) {
  if (navigate) await page.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
  await page.locator('[data-state]').first().waitFor({ timeout: 10_000 });
  await page.waitForTimeout(50);
  const before = (await cdp.send('Performance.getMetrics')).metrics;
  const result = await page.evaluate(
    ([id, key]) =>
      new Promise((resolve, reject) => {
        // The two writes the worker makes for a navigation to a candidate whose report is cached
        // (detection.ts, then resolver.ts): the detection, phase 'loading', which the panel shows as
        // loading; then, a few ms later, the same navigation 'ready' with the report. t0 is the second.
        const lookup = { by: 'response_id', value: '1', source: 'bench' };
        const detected = {
          v: 1,
          tabId: id,
          navId: crypto.randomUUID(),
          url: 'https://app.greenhouse.io/people/1',
          ats: 'greenhouse',
          atsName: 'Greenhouse',
          lookups: [lookup],
          phase: 'loading',
          updatedAt: Date.now(),
        };
        const state = { ...detected, phase: 'ready', result: { kind: 'report', cacheKey: key, lookup }, updatedAt: Date.now() };
        const timer = setTimeout(() => reject(new Error('the panel did not show the report within 10 s')), 10_000);
        let t0;
        // Where the time goes: when the change event reaches this page, and when the panel's read of
        // the report from session storage starts and ends (the panel calls chrome.storage.session.get).
        const marks = {};
        chrome.storage.onChanged.addListener(function onChanged(changes) {
          if (!changes[`tab:${id}`] || t0 === undefined) return; // the second write's event
          marks.eventMs ??= performance.now() - t0;
          chrome.storage.onChanged.removeListener(onChanged);
        });
        const area = chrome.storage.session;
        const get = area.get;
        area.get = function (...args) {
          if (!JSON.stringify(args[0] ?? null).includes(key)) return get.apply(this, args);
          marks.readStartMs ??= performance.now() - t0;
          const done = () => (marks.readEndMs ??= performance.now() - t0);
          const last = args.at(-1);
          if (typeof last === 'function') return get.apply(this, [...args.slice(0, -1), (...result) => (done(), last(...result))]);
          const answer = get.apply(this, args);
          answer?.then?.(done, done);
          return answer;
        };
        const observer = new MutationObserver(() => {
          if (!document.querySelector('[data-state="report"]')) return;
          observer.disconnect();
          area.get = get;
          const committed = performance.now();
          const nodes = document.getElementsByTagName('*').length;
          let all = 0;
          const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
          while (walker.nextNode()) all++;
          requestAnimationFrame(() => {
            scheduler.postTask(
              () => {
                const firstFrameMs = performance.now() - t0;
                const done = (wholeMs) => {
                  clearTimeout(timer);
                  // All nodes once the whole transcript is drawn: what the panel holds as it grows.
                  let whole = 0;
                  const everything = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
                  while (everything.nextNode()) whole++;
                  resolve({ ...marks, firstFrameMs, wholeMs, committedMs: committed - t0, elements: nodes, nodes: all + 1, wholeNodes: whole + 1 });
                };
                // The transcript's messages are drawn a frame after the verdict (transcript-drawing); a
                // long report's first messages come first and the whole transcript (search) follows.
                const pending = () => document.querySelector('[data-testid="transcript-drawing"], [data-testid="transcript-loading"]');
                if (!pending()) return done(firstFrameMs);
                const rest = new MutationObserver(() => {
                  if (pending()) return;
                  rest.disconnect();
                  done(performance.now() - t0);
                });
                rest.observe(document.body, { subtree: true, childList: true });
              },
              { priority: 'user-blocking' },
            );
          });
        });
        const nextFrame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
        const loadingShown = async () => {
          // The product's panel (main.panel) shows loading; the floor's page shows nothing for it.
          const product = document.querySelector('main.panel');
          for (let tries = 0; product && product.dataset.state !== 'loading' && tries < 300; tries++) await nextFrame();
          if (product && product.dataset.state !== 'loading')
            throw new Error(`the panel did not show loading for the detection (it shows ${product.dataset.state})`);
          // Then idle, as before a lookup's answer: Chromium stops producing frames for a page that
          // asks for none, and draws the next one as soon as it is asked for. Right after a frame,
          // it would come only at the next vsync (16.7 ms later), whatever the page did.
          await new Promise((done) => setTimeout(done, 100));
        };
        chrome.storage.session
          .set({ [`tab:${id}`]: detected })
          .then(loadingShown)
          .then(() => {
            observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
            t0 = performance.now();
            return chrome.storage.session.set({ [`tab:${id}`]: state });
          })
          .catch(reject);
      }),
    [tabId, cacheKey],
  );
  const after = (await cdp.send('Performance.getMetrics')).metrics;
  const delta = (name) => ((after.find((m) => m.name === name)?.value ?? 0) - (before.find((m) => m.name === name)?.value ?? 0)) * 1000;
  await page.evaluate((id) => chrome.storage.session.remove(`tab:${id}`), tabId);
  return { ...result, scriptMs: delta('ScriptDuration'), layoutMs: delta('LayoutDuration') + delta('RecalcStyleDuration') };
}

function summarizeRenders(runs, entry) {
  const pick = (key) => runs.map((run) => run[key]);
  return {
    firstFrame: summarize(pick('firstFrameMs')),
    whole: summarize(pick('wholeMs').filter((value) => value !== undefined)),
    committed: summarize(pick('committedMs')),
    event: summarize(pick('eventMs').filter((value) => value !== undefined)),
    readStart: summarize(pick('readStartMs').filter((value) => value !== undefined)),
    readEnd: summarize(pick('readEndMs').filter((value) => value !== undefined)),
    script: summarize(pick('scriptMs')),
    layout: summarize(pick('layoutMs')),
    elements: runs[0]?.elements,
    nodes: runs[0]?.nodes,
    wholeNodes: runs[0]?.wholeNodes,
    messages: entry.messages,
    entryBytes: entry.entryBytes,
    firstPartBytes: entry.firstPartBytes,
  };
}

/** A panel-sized page in that browser, with its DevTools session for CPU metrics. */
async function panelPage(context) {
  const page = await context.newPage();
  await page.setViewportSize({ width: 400, height: 900 }); // side-panel width
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return { page, cdp };
}

export async function measureSidePanel({ ext, reference, samples, warmup, scaling = [], scalingSamples = samples, log }) {
  const entries = await stageEntries(ext.serviceWorker);
  const { page, cdp } = await panelPage(ext.context);
  const floor = reference ? await panelPage(reference.context) : undefined;
  if (reference) await stageFloor(ext, reference, entries.normal.cacheKey);
  let tabId = FIRST_FAKE_TAB;
  const out = {};
  for (const kind of ['normal', 'large']) {
    const runs = [];
    const floorRuns = [];
    // The normal report's renders alternate with the floor's, so both see the same machine.
    for (let i = 0; i < warmup + samples; i++) {
      const run = await renderOnce(page, cdp, { tabId: tabId++, cacheKey: entries[kind].cacheKey, extensionId: ext.extensionId });
      if (i >= warmup) runs.push(run);
      if (kind !== 'normal' || !floor) continue;
      const floorRun = await renderOnce(floor.page, floor.cdp, { tabId: tabId++, cacheKey: entries.normal.cacheKey, extensionId: reference.extensionId });
      if (i >= warmup) floorRuns.push(floorRun);
    }
    out[kind] = summarizeRenders(runs, entries[kind]);
    if (floorRuns.length) out.floor = summarizeRenders(floorRuns, entries.normal);
    log(
      `side panel: ${samples} first renders of the ${kind === 'normal' ? 'normal' : '5,000-message'} report${kind === 'normal' && floor ? ', each next to the floor panel' : ''}`,
    );
  }
  if (floor) await floor.page.close();
  // The panel already open, as a recruiter keeps it: one page follows its tab from candidate to
  // candidate, each with its own cached report (copies of the normal one under new keys, staged
  // before the page opens so none is in the panel's memory of reports it has heard of).
  const nextKeys = await stageCopies(ext.serviceWorker, entries.normal.cacheKey, warmup + samples);
  const open = await panelPage(ext.context);
  const openTab = tabId++;
  await open.page.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tabId=${openTab}`);
  const nextRuns = [];
  for (const [i, cacheKey] of nextKeys.entries()) {
    const run = await renderOnce(open.page, open.cdp, { tabId: openTab, cacheKey, extensionId: ext.extensionId, navigate: false });
    if (i >= warmup) nextRuns.push(run);
  }
  await open.page.close();
  await unstage(ext.serviceWorker, nextKeys);
  out.nextCandidate = summarizeRenders(nextRuns, entries.normal);
  log(`side panel: ${samples} reports of next candidates in one open panel`);
  // Scaling: first render and DOM size for ever longer interviews (each entry staged, measured, removed,
  // so session storage never holds more than one of them).
  out.scaling = {};
  for (const count of scaling) {
    const entry = await stageScaled(ext.serviceWorker, count);
    const runs = [];
    for (let i = 0; i < warmup + scalingSamples; i++) {
      const run = await renderOnce(page, cdp, { tabId: tabId++, cacheKey: entry.cacheKey, extensionId: ext.extensionId });
      if (i >= warmup) runs.push(run);
    }
    await unstage(ext.serviceWorker, [entry.cacheKey]);
    out.scaling[count] = summarizeRenders(runs, entry);
  }
  if (scaling.length) log(`side panel: first renders of ${scaling.join(', ')}-message reports`);
  await cdp.detach().catch(() => undefined);
  await page.close();
  await unstage(ext.serviceWorker, ['bench|normal', 'bench|large']);
  out.warmup = warmup;
  return out;
}
