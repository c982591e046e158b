#!/usr/bin/env node
// A profiling aid, not a benchmark: where the worker's time goes between history.pushState and the
// badge. Wraps the extension APIs the worker awaits (storage get/set/remove, action, tabs,
// crypto.subtle.digest) in the running worker and prints, for a few navigations between cached
// reports, every call with its start and end relative to pushState.
import { readBadge, tabIdOf } from '../bench/browsers.mjs';
import { profileSession } from './session.mjs';
import { BENCH_CANDIDATES, candidateUrl } from '../bench/fixture/candidates.mjs';
import { waitFor } from '../lib/browser.mjs';

const session = await profileSession();
const { ext } = session;
try {
  const page = await ext.context.newPage();
  const [JORDAN, ALEX] = BENCH_CANDIDATES;
  await page.goto(candidateUrl(JORDAN), { waitUntil: 'load' });
  await page.bringToFront();
  const tabId = await tabIdOf(ext.serviceWorker, page);
  const badgeIs = (text) => waitFor(async () => (await readBadge(ext.serviceWorker, tabId)) === text, { timeoutMs: 15_000, message: `badge ${text}` });
  await badgeIs(JORDAN.badge);
  for (const c of [ALEX, JORDAN]) {
    await page.evaluate((i) => window.benchApp.navigate(i), BENCH_CANDIDATES.indexOf(c));
    await badgeIs(c.badge);
  }
  await ext.serviceWorker.evaluate(() => {
    const now = () => performance.timeOrigin + performance.now();
    const log = [];
    globalThis.__profile = log;
    const wrap = (object, name, label) => {
      const original = object[name];
      object[name] = function (...args) {
        const entry = { label: `${label}.${name}`, arg: JSON.stringify(args[0] ?? null)?.slice(0, 80), start: now() };
        log.push(entry);
        const answer = original.apply(this, args);
        Promise.resolve(answer).then(
          () => (entry.end = now()),
          () => (entry.end = now()),
        );
        return answer;
      };
    };
    for (const area of ['session', 'local'])
      for (const op of ['get', 'set', 'remove', 'getKeys']) if (chrome.storage[area][op]) wrap(chrome.storage[area], op, area);
    for (const op of ['setBadgeText', 'setBadgeBackgroundColor', 'setTitle']) wrap(chrome.action, op, 'action');
    wrap(crypto.subtle, 'digest', 'subtle');
    wrap(chrome.tabs, 'get', 'tabs');
    wrap(chrome.tabs, 'query', 'tabs');
    chrome.runtime.onMessage.addListener(
      (message) => void log.push({ label: `message ${message?.type}`, arg: JSON.stringify(message?.detection?.responseIds ?? ''), start: now(), end: now() }),
    );
    chrome.tabs.onUpdated.addListener((id, change) => void log.push({ label: `tabs.onUpdated ${change.status ?? ''}`, arg: '', start: now(), end: now() }));
  });
  for (const c of [ALEX, JORDAN, ALEX]) {
    await ext.serviceWorker.evaluate(() => (globalThis.__profile.length = 0));
    const at = await page.evaluate((i) => window.benchApp.navigate(i), BENCH_CANDIDATES.indexOf(c));
    await badgeIs(c.badge);
    await page.waitForTimeout(300);
    const log = await ext.serviceWorker.evaluate(() => globalThis.__profile);
    console.log(`\n-> ${c.name} (badge ${c.badge})`);
    for (const e of log) console.log(`${(e.start - at).toFixed(1).padStart(7)} ${((e.end ?? NaN) - at).toFixed(1).padStart(7)}  ${e.label} ${e.arg ?? ''}`);
  }
} finally {
  await session.close();
}
