import { afterAll, beforeAll, expect, it } from 'vitest';
import { API_KEY, CANDIDATES, openProfile, startFirefoxHarness, waitFor, waitForBadge, type FirefoxHarness } from './helpers';

// Firefox has no storage.setAccessLevel: its content scripts can read storage.local. The key lives in
// the extension origin's IndexedDB instead. Here, in the real content-script sandbox of the real
// extension on a real ATS page, everything a content script can reach is searched for the key.

let h: FirefoxHarness;
beforeAll(async () => {
  h = await startFirefoxHarness({ apiKey: null });
});
afterAll(() => h?.close());

// The same lookup, run in the background page (positive control) and in the content script.
const READ_KEY_FROM_IDB = `new Promise((done) => {
  const open = indexedDB.open('xobin-secret');
  open.onerror = () => done({ refused: String(open.error) });
  open.onsuccess = () => {
    const db = open.result;
    if (!db.objectStoreNames.contains('secret')) return done({ stores: Array.from(db.objectStoreNames) });
    const get = db.transaction('secret').objectStore('secret').get('apiKey');
    get.onsuccess = () => done({ key: get.result ?? null });
  };
})`;

it('saves the key in IndexedDB, not storage.local, and uses it', async () => {
  await h.ff.setApiKey(API_KEY); // settings:save from an extension page, as the settings page does
  const local = await h.ff.evaluateBackground<Record<string, unknown>>('browser.storage.local.get(null)');
  expect(local).not.toHaveProperty('apiKey');
  expect(JSON.stringify(local)).not.toContain(API_KEY);
  expect(await h.ff.evaluateBackground(READ_KEY_FROM_IDB)).toEqual({ key: API_KEY });
  const { page, tabId } = await openProfile(h, CANDIDATES.alex.url);
  await waitForBadge(h, tabId, '64'); // the saved key is the one the API accepted
  await page.close();
});

it('a key a content script writes to storage.local (where 0.1 kept it) is dropped, not adopted', async () => {
  const { page, tabId } = await openProfile(h, CANDIDATES.alex.url);
  await waitForBadge(h, tabId, '64');
  await h.ff.evaluateInContentScript(page, `browser.storage.local.set({ apiKey: 'planted-by-content-script' })`);
  await waitFor(() => h.ff.evaluateBackground(`browser.storage.local.get('apiKey').then((got) => !('apiKey' in got))`), { timeoutMs: 5000 });
  expect(await h.ff.evaluateBackground(READ_KEY_FROM_IDB)).toEqual({ key: API_KEY });
  await page.close();
});

it('a content script cannot obtain the key: not from storage, IndexedDB or messages', async () => {
  const { page, tabId } = await openProfile(h, CANDIDATES.alex.url);
  await waitForBadge(h, tabId, '64'); // the key is saved and in use

  // We are in this extension's content-script sandbox, with its extension APIs.
  expect(await h.ff.evaluateInContentScript(page, 'browser.runtime.id')).toBe(h.ff.geckoId);
  expect(await h.ff.evaluateInContentScript(page, 'typeof browser.storage.local.get')).toBe('function');

  const local = await h.ff.evaluateInContentScript<Record<string, unknown>>(page, 'browser.storage.local.get(null)');
  expect(Object.keys(local).length).toBeGreaterThan(0); // it does read storage.local (Firefox allows it)…
  expect(JSON.stringify(local)).not.toContain(API_KEY); // …and the key is not there
  // Firefox gives content scripts no storage.session (reports and tab states live there).
  expect(await h.ff.evaluateInContentScript(page, 'typeof browser.storage.session')).toBe('undefined');

  // indexedDB in a content script is the page's (app.greenhouse.io's), not the extension's.
  const databases = await h.ff.evaluateInContentScript<Array<{ name: string }>>(page, 'indexedDB.databases()');
  expect(databases.map((db) => db.name)).not.toContain('xobin-secret');
  expect(await h.ff.evaluateInContentScript(page, READ_KEY_FROM_IDB)).toEqual({ stores: [] });

  // The background answers no settings or key request from a content script.
  for (const message of [{ type: 'settings:get' }, { type: 'key:get' }, { type: 'settings:test', baseUrl: 'https://app.xobin.com/api/v2' }]) {
    const answer = await h.ff.evaluateInContentScript(
      page,
      `browser.runtime.sendMessage(${JSON.stringify(message)}).then((reply) => reply ?? null, (error) => ({ refused: String(error?.message ?? error) }))`,
    );
    // No answer at all: the sender check (utils/background/inbound.ts) drops page-only messages from tabs.
    expect(answer === null || (typeof answer === 'object' && 'refused' in answer), `${message.type}: ${JSON.stringify(answer)}`).toBe(true);
    expect(JSON.stringify(answer), message.type).not.toContain(API_KEY);
  }
  await page.close();
});

it('a base URL and watch list a content script writes to storage.local send the key nowhere else', async () => {
  const { page, tabId } = await openProfile(h, CANDIDATES.alex.url);
  await waitForBadge(h, tabId, '64');
  // The ATS's own host: the extension ships host access to it, so only where the base URL is read
  // from (IndexedDB now, utils/background/secret.ts) stands between this write and the key.
  const planted = { responseId: '979599', lookup: { by: 'response_id', value: '979599' }, addedAt: Date.now() };
  await h.ff.evaluateInContentScript(
    page,
    `browser.storage.local.set({ baseUrl: 'https://hire.lever.co/api/v2', watched: [${JSON.stringify(planted)}], notifyCompleted: true })`,
  );
  // The change of "base URL" makes the worker look every open tab up again; another candidate too.
  const other = await openProfile(h, CANDIDATES.jordan.url);
  await waitFor(() => h.mock.requests.some((request) => request.query.custom_field_id === '5123456002' && request.host === 'app.xobin.com'), {
    timeoutMs: 10_000,
  });
  // The watch alarm, now: the round drops the unsigned entry (storage.local's list ends empty) and looks nothing up.
  await h.ff.evaluateBackground(`browser.alarms.create('watch-pending', { when: Date.now() })`);
  await waitFor(() => h.ff.evaluateBackground(`browser.storage.local.get('watched').then((got) => Array.isArray(got.watched) && got.watched.length === 0)`), {
    timeoutMs: 10_000,
  });
  expect(h.mock.requests.filter((request) => request.path.includes('979599'))).toEqual([]);
  const carrying = h.mock.requests.filter((request) => request.hasKeyHeader || request.carriesKey);
  expect(carrying.filter((request) => request.host !== 'app.xobin.com')).toEqual([]);
  await other.page.close();
  await page.close();
});

it('the key never leaves for any host but the API', () => {
  const carrying = h.mock.requests.filter((request) => request.hasKeyHeader || request.carriesKey);
  expect(carrying.length).toBeGreaterThan(0);
  for (const request of carrying) expect(`${request.host}${request.path}`).toMatch(/^app\.xobin\.com\/api\/v2\//);
});
