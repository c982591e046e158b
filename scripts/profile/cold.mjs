#!/usr/bin/env node
// A profiling aid, not a benchmark: what the worker does from its start to the badge when it was
// stopped and the report is cached (the bench's cold-start path). A copy of the build gets a few lines
// in front of background.js that timestamp every storage, action, tabs, scripting and alarms call
// from the worker's first instruction; the log is read back once the badge shows.
import { cp, mkdtemp, readFile, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readBadge, tabIdOf } from '../bench/browsers.mjs';
import { extensionDir, option, profileSession } from './session.mjs';
import { waitFor } from '../lib/browser.mjs';

const copy = await mkdtemp(join(tmpdir(), 'xobin-profile-cold-'));
await cp(extensionDir(), copy, { recursive: true });
const instrument = `(() => {
  const t0 = performance.timeOrigin + performance.now();
  const now = () => performance.timeOrigin + performance.now();
  const log = [];
  globalThis.__coldLog = { t0, log };
  const wrap = (object, name, label) => {
    const original = object?.[name];
    if (typeof original !== 'function') return;
    object[name] = function (...args) {
      const entry = { label: label + '.' + name, arg: (JSON.stringify(args[0] ?? null) ?? '').slice(0, 60), start: now() };
      log.push(entry);
      const answer = original.apply(this, args);
      Promise.resolve(answer).then(() => (entry.end = now()), () => (entry.end = now()));
      return answer;
    };
  };
  for (const area of ['session', 'local', 'managed']) for (const op of ['get', 'set', 'remove', 'getKeys', 'setAccessLevel']) wrap(chrome.storage[area], op, area);
  for (const op of ['setBadgeText', 'setBadgeBackgroundColor', 'setTitle', 'setPopup']) wrap(chrome.action, op, 'action');
  for (const op of ['get', 'query']) wrap(chrome.tabs, op, 'tabs');
  for (const op of ['getRegisteredContentScripts', 'registerContentScripts', 'unregisterContentScripts']) wrap(chrome.scripting, op, 'scripting');
  for (const op of ['get', 'getAll', 'create', 'clear']) wrap(chrome.alarms, op, 'alarms');
  for (const op of ['setOptions', 'setPanelBehavior', 'getOptions']) wrap(chrome.sidePanel, op, 'sidePanel');
  for (const op of ['contains', 'getAll']) wrap(chrome.permissions, op, 'permissions');
  wrap(crypto.subtle, 'digest', 'crypto');
  wrap(chrome.contextMenus, 'create', 'contextMenus');
  wrap(chrome.contextMenus, 'removeAll', 'contextMenus');
  const open = indexedDB.open.bind(indexedDB);
  indexedDB.open = (...args) => { const entry = { label: 'indexedDB.open', arg: args[0], start: now() }; log.push(entry); const request = open(...args); request.addEventListener('success', () => (entry.end = now())); return request; };
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (...args) {
    const entry = { label: 'indexedDB.transaction', arg: String(args[1] ?? 'readonly'), start: now() };
    log.push(entry);
    const tx = transaction.apply(this, args);
    tx.addEventListener('complete', () => (entry.end = now()));
    return tx;
  };
  chrome.runtime.onMessage.addListener((m) => void log.push({ label: 'message ' + m?.type, arg: '', start: now(), end: now() }));
  log.push({ label: 'instrumented (the bundle starts)', arg: '', start: now() });
})();\n`;
const bg = join(copy, 'background.js');
let source = await readFile(bg, 'utf8');
// --regions with an unminified build (README.md): a mark before each module's code and around main(),
// so the log shows what the worker's first evaluation spends its time on, module by module.
if (option('regions')) {
  const mark = (label) => `globalThis.__coldLog.log.push({ label: ${JSON.stringify(label)}, arg: '', start: performance.timeOrigin + performance.now() });`;
  source = source
    .replace(/^\t\/\/ ((?:node_modules|utils|entrypoints)\/\S+)$/gm, (line, path) => `\t${mark(`module ${path}`)}\n${line}`)
    .replace(
      '\t\tresult = background_default.main();',
      `\t\t${mark('main() starts')}\n\t\tresult = background_default.main();\n\t\t${mark('main() returned')}`,
    );
}
await writeFile(bg, instrument + source);

const session = await profileSession({ extensionDir: copy });
const { ext } = session;
try {
  const url = 'https://app.greenhouse.io/people/4012345002?application_id=5123456002';
  const probe = await ext.context.newPage();
  await probe.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tabId=1`);
  const cdp = await ext.context.newCDPSession(probe);
  const page = await ext.context.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(probe, page);
  await waitFor(async () => (await readBadge(probe, tabId)) === '82', { timeoutMs: 15_000, message: 'badge 82' });
  for (let round = 0; round < 3; round++) {
    await page.goto('about:blank');
    await waitFor(async () => (await readBadge(probe, tabId)) === '', { timeoutMs: 5000, message: 'blank badge' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await new Promise((resolve) => setTimeout(resolve, 500));
    const navStart = Date.now();
    await page.goto(url, { waitUntil: 'commit' });
    const startedAt = await page.evaluate(() => performance.timeOrigin);
    await waitFor(async () => (await readBadge(probe, tabId)) === '82', { timeoutMs: 15_000, message: 'badge 82 after cold start', intervalMs: 1 });
    const shownAt = Date.now();
    const worker = ext.context.serviceWorkers().at(-1);
    const { t0, log } = await worker.evaluate(() => globalThis.__coldLog);
    console.log(
      `\nround ${round}: worker started ${(t0 - startedAt).toFixed(1)} ms after navigation start; badge seen ~${shownAt - startedAt} ms (polled); ${navStart - startedAt} ms nav`,
    );
    for (const e of log)
      console.log(`${(e.start - startedAt).toFixed(1).padStart(7)} ${((e.end ?? NaN) - startedAt).toFixed(1).padStart(7)}  ${e.label} ${e.arg ?? ''}`);
  }
} finally {
  await session.close();
  await rm(copy, { recursive: true, force: true });
}
