import { tabIdOf } from './browsers.mjs';
import { summarize } from './stats.mjs';

// 3. Service worker cold start to report shown. The worker is stopped through the DevTools protocol
// (ServiceWorker.stopAllWorkers, confirmed by its "stopped" status), then a candidate tab navigates
// from about:blank to a normal Greenhouse profile (the mock's fixture page, Jordan Example). Measured
// from that navigation's start (the new document's performance.timeOrigin) to the first time the
// toolbar badge for the tab shows the score, polled every ~1 ms from an extension page (polling from
// the worker would wake it). "uncached": the report cache is emptied first, so the worker fetches
// the report from the mock (fixed latency); "cached": it is in session storage; "cached, big cache":
// the 5,000-message report is in the cache too (a worker that starts reads all of session storage);
// the cache is emptied and filled through the extension's own messages (Settings' "Clear all report
// data", the open-in-tab page's report by id), never by its storage keys, which may change;
// "warm": cached and the worker already running, for comparison. "reference": the floor, measured in
// the same rounds on the same page: the reference extension (reference-extension/), whose worker is
// stopped the same way and whose content script sends one message at document_start that the
// worker answers with the badge from a fixed table (Chromium starting a worker, and one message).

const PAGE_URL = 'https://app.greenhouse.io/people/4012345002?application_id=5123456002';
const BADGE = '82';
const VARIANTS = ['uncached', 'cached', 'cachedBig', 'warm'];
// The mock's 5,000-message report: asked for by id, as the open-in-tab page does, it is cached.
const LARGE_RESPONSE_ID = '979561';

async function workerStatus(cdp, extensionId) {
  const prefix = `chrome-extension://${extensionId}/`;
  const status = { value: 'unknown', runningAt: undefined };
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions) {
      if (!version.scriptURL.startsWith(prefix)) continue;
      if (version.runningStatus === 'running' && status.value !== 'running') status.runningAt = Date.now();
      status.value = version.runningStatus;
    }
  });
  await cdp.send('ServiceWorker.enable');
  return status;
}

async function waitUntil(check, what, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`cold start: timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function sampleOnce({ probe, cdp, status, candidate, tabId, variant, mock }) {
  await candidate.goto('about:blank');
  await probe.evaluate(
    (id) =>
      new Promise((resolve, reject) => {
        const deadline = Date.now() + 10_000;
        const check = () =>
          chrome.action.getBadgeText({ tabId: id }).then((text) => {
            if (text === '') resolve();
            else if (Date.now() > deadline) reject(new Error(`cold start: the badge still says "${text}" 10 s after leaving the page`));
            else setTimeout(check, 10);
          });
        check();
      }),
    tabId,
  );
  if (variant === 'cachedBig') await cacheLargeReport(probe);
  if (variant === 'uncached') {
    await probe.evaluate(async () => {
      const answer = await chrome.runtime.sendMessage({ type: 'privacy:clear-data' });
      if (typeof answer?.reports !== 'number') throw new Error(`cold start: clearing report data answered ${JSON.stringify(answer)}`);
    });
  }
  if (variant === 'warm') {
    // Any message wakes the worker (it refuses this one); then wait for it to be running.
    await probe.evaluate(() => chrome.runtime.sendMessage({ type: 'bench:wake' }).catch(() => undefined));
    await waitUntil(() => status.value === 'running', 'the worker to be running');
  } else {
    await new Promise((resolve) => setTimeout(resolve, 100)); // let storage events reach the worker first
    await cdp.send('ServiceWorker.stopAllWorkers');
    await waitUntil(() => status.value === 'stopped', 'the worker to stop');
  }
  const requestsBefore = mock.requests.filter((r) => r.host === 'app.xobin.com' && r.path.startsWith('/api/')).length;
  status.runningAt = undefined;
  await probe.evaluate(
    ({ id, text }) => {
      globalThis.__benchBadge = (async () => {
        const deadline = Date.now() + 10_000;
        while (Date.now() < deadline) {
          if ((await chrome.action.getBadgeText({ tabId: id })) === text) return Date.now();
          await new Promise((resolve) => setTimeout(resolve, 1));
        }
        return null;
      })();
    },
    { id: tabId, text: BADGE },
  );
  await candidate.goto(PAGE_URL, { waitUntil: 'commit' });
  const shownAt = await probe.evaluate(() => globalThis.__benchBadge);
  if (shownAt === null) throw new Error(`cold start (${variant}): the badge never showed ${BADGE} within 10 s`);
  const startedAt = await candidate.evaluate(() => performance.timeOrigin);
  const apiRequests = mock.requests.filter((r) => r.host === 'app.xobin.com' && r.path.startsWith('/api/')).length - requestsBefore;
  return {
    shownMs: shownAt - startedAt,
    workerRunningMs: variant === 'warm' || status.runningAt === undefined ? undefined : status.runningAt - startedAt,
    apiRequests,
  };
}

/** The 5,000-message report into the cache through the worker (from the mock, unless still cached). */
async function cacheLargeReport(probe) {
  const answer = await probe.evaluate((responseId) => chrome.runtime.sendMessage({ type: 'report:get', responseId }), LARGE_RESPONSE_ID);
  if (!answer?.ok) throw new Error(`cold start: the 5,000-message report could not be cached (${JSON.stringify(answer?.error ?? answer)})`);
}

/**
 * What a sample needs in one browser: the probe, an extension page with chrome.* access that sends
 * the worker nothing on its own (the side panel pinned to a tab id that does not exist; the
 * reference's panel page only listens), its DevTools session, and the candidate tab.
 */
async function sideOf(browser) {
  const probe = await browser.context.newPage();
  await probe.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tabId=1`);
  const cdp = await browser.context.newCDPSession(probe);
  const status = await workerStatus(cdp, browser.extensionId);
  const candidate = await browser.context.newPage();
  await candidate.goto(PAGE_URL);
  const tabId = await tabIdOf(probe, candidate);
  return {
    probe,
    cdp,
    status,
    candidate,
    tabId,
    async close() {
      await cdp.detach().catch(() => undefined);
      await Promise.all([probe.close(), candidate.close()]);
    },
  };
}

export async function measureColdStart({ ext, reference, mock, samples, warmup, log }) {
  const product = await sideOf(ext);
  const { probe } = product;
  const floor = reference ? await sideOf(reference) : undefined;
  await cacheLargeReport(probe);
  const variants = floor ? [...VARIANTS, 'reference'] : VARIANTS;
  const runs = Object.fromEntries(variants.map((variant) => [variant, []]));
  for (let round = 0; round < warmup + samples; round++) {
    for (const variant of variants) {
      // The reference is sampled as "cached": its worker stopped, the page's score known to it.
      const run = variant === 'reference' ? await sampleOnce({ ...floor, variant: 'cached', mock }) : await sampleOnce({ ...product, variant, mock });
      if (round >= warmup) runs[variant].push(run);
    }
    log(`cold start: round ${round + 1}/${warmup + samples}${round < warmup ? ' (warm-up)' : ''}`);
  }
  await Promise.all([product.close(), floor?.close()]);
  const out = { warmup };
  for (const variant of variants) {
    const list = runs[variant];
    out[variant] = {
      shown: summarize(list.map((run) => run.shownMs)),
      workerRunning: summarize(list.map((run) => run.workerRunningMs).filter((value) => value !== undefined)),
      apiRequestsPerRun: summarize(list.map((run) => run.apiRequests)),
    };
  }
  return out;
}
