import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { inject } from 'vitest';
import { badgeTitle, evaluateInContentScript, panelSnapshot } from '../scripts/lib/browser.mjs';
import { sampleReport } from '../scripts/mock-xobin/server.mjs';
import {
  API_KEY,
  CANDIDATES,
  holdsFor,
  openPanelFromLauncher,
  openProfile,
  panelClickButton,
  startHarness,
  waitFor,
  waitForBadge,
  waitForPanel,
  type Harness,
} from './helpers';

// Fleet policy in real Chromium: a real policy file in /etc/chromium/policies/managed/, picked up by
// the running browser (about 5 s per change). The file name is unique to this run and always
// removed: Chromium applies it to every browser on the machine (only to this extension's id, which
// comes from this checkout's path).

const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = `${POLICY_DIR}/xobin-e2e-${process.pid}.json`;
const TEMPLATE_LOOKUP = 'custom_field_id=GH-5123456002';
const ORG_ORIGIN = 'https://xobin-api.example.com';
const PICKUP_MS = 20_000;

let h: Harness;
let settings: Page;
let profile: Awaited<ReturnType<typeof openProfile>>;

/** Chromium's id for an unpacked extension: SHA-256 of its absolute path, hex digits mapped to a-p. */
function unpackedId(dir: string): string {
  const hex = createHash('sha256').update(dir).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

function writePolicy(values: Record<string, unknown>): void {
  writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [h.ext.extensionId]: values } } }, null, 2));
}

/** Waits until the worker's managed area holds exactly these keys' values (the browser re-read the file). */
async function policyInForce(values: Record<string, unknown>): Promise<void> {
  await waitFor(
    async () => {
      const seen = await h.ext.serviceWorker.evaluate(() => chrome.storage.managed.get(null));
      return (
        JSON.stringify(Object.keys(seen).sort()) === JSON.stringify(Object.keys(values).sort()) &&
        Object.entries(values).every(([k, v]) => JSON.stringify(seen[k]) === JSON.stringify(v))
      );
    },
    { timeoutMs: PICKUP_MS, intervalMs: 250, message: `the policy ${JSON.stringify(Object.keys(values))} to reach storage.managed` },
  );
}

const field = (label: string) => settings.getByLabel(label, { exact: true });
const pageText = () => settings.evaluate(() => document.body.innerText);
const LOCKED = 'Set by your organisation. Ask your IT admin to change it.';

beforeAll(async () => {
  mkdirSync(POLICY_DIR, { recursive: true });
  h = await startHarness({ apiKey: null });
  expect(h.ext.extensionId).toBe(unpackedId(inject('extensionDir')));
  settings = await h.ext.context.newPage();
  await settings.goto(`chrome-extension://${h.ext.extensionId}/options.html`);
  profile = await openProfile(h, CANDIDATES.jordan.url);
  await waitForBadge(h, profile.tabId, 'KEY'); // no key anywhere yet
});
afterAll(async () => {
  rmSync(POLICY_FILE, { force: true });
  await h?.close();
});

it('a policy key and template apply while the browser runs; the key is used, never shown', async () => {
  h.mock.scenario(
    TEMPLATE_LOOKUP,
    Array.from({ length: 5 }, () => ({ status: 200, body: sampleReport(979554) })),
  );
  const started = Date.now();
  const policy = { apiKey: API_KEY, lookupTemplates: { greenhouse: ['GH-{applicationId}'] } };
  writePolicy(policy);
  await policyInForce(policy);
  const pickupMs = Date.now() - started;
  // The open candidate reloads with the organisation's key: no reload of the page or the extension.
  await waitForBadge(h, profile.tabId, '82');
  expect(h.mock.requests.filter((request) => request.host === 'app.xobin.com').every((request) => request.hasValidKey)).toBe(true);
  // The next candidate page uses the organisation's template.
  await profile.page.reload();
  await waitFor(() => h.mock.requests.some((request) => request.query.custom_field_id === 'GH-5123456002' && request.hasValidKey), {
    message: 'a lookup through the policy template',
  });
  await waitForBadge(h, profile.tabId, '82');
  // The settings page shows both as the organisation's, live, and never the key.
  await waitFor(async () => (await pageText()).includes('Your organisation set an API key'), { message: 'the key hint' });
  await waitFor(async () => (await field('Templates').inputValue()) === 'GH-{applicationId}', { message: 'the policy template on the settings page' });
  expect(
    await settings.evaluate(
      (key) => document.documentElement.outerHTML.includes(key) || [...document.querySelectorAll('input')].some((i) => i.value.includes(key)),
      API_KEY,
    ),
  ).toBe(false);
  console.info(`policy file picked up in ${pickupMs} ms`);
});

it('content scripts cannot read the policy (storage.managed restricted to the extension)', async () => {
  const world = await evaluateInContentScript(profile.page, h.ext.extensionId, 'chrome.runtime.id');
  expect(world.value).toBe(h.ext.extensionId);
  const read = await evaluateInContentScript(profile.page, h.ext.extensionId, 'chrome.storage.managed.get(null)');
  expect(JSON.stringify(read.value ?? null)).not.toContain(API_KEY);
  expect(read.error).toMatch(/not allowed/i);
  // A change event would carry the new values: listen in the content script's world across a change.
  const listening = await evaluateInContentScript(
    profile.page,
    h.ext.extensionId,
    `(() => { globalThis.__seen = []; try { chrome.storage.onChanged.addListener((c, a) => globalThis.__seen.push(JSON.stringify([a, c]))); return 'listening'; } catch (e) { return String(e); } })()`,
  );
  const locked = {
    apiKey: API_KEY,
    lookupTemplates: { greenhouse: ['GH-{applicationId}'] },
    apiBaseUrl: 'http://xobin.example.com/api/v2',
    lockedSettings: ['apiKey', 'lookupTemplates'],
  };
  writePolicy(locked);
  await policyInForce(locked);
  await new Promise((resolve) => setTimeout(resolve, 500));
  const heard = await evaluateInContentScript(profile.page, h.ext.extensionId, 'JSON.stringify(globalThis.__seen)');
  expect(listening.value).toBe('listening'); // the listener was in place: an empty log is a real answer
  expect(heard.value).not.toContain(API_KEY);
  console.info(`content-script onChanged events during a policy change: ${heard.value}`);
});

it('a lock takes effect live on the settings page; an invalid value is named and ignored, the rest applies', async () => {
  // The policy written by the test above: key and templates locked, an http base URL.
  await waitFor(async () => await field('API key').isDisabled(), { message: 'the key field to lock', timeoutMs: PICKUP_MS });
  expect(await field('Templates').isDisabled()).toBe(true);
  const text = await pageText();
  expect(text).toContain(LOCKED);
  expect(text).toContain('Your organisation set the API key. It is never shown.');
  expect(text).toContain("Some of your organisation's settings were ignored");
  expect(text).toMatch(/apiBaseUrl: Ignored\. .*must start with https:\/\//);
  // The ignored address never applied; the key still does.
  await profile.page.reload();
  await waitForBadge(h, profile.tabId, '82');
  expect(h.mock.requests.some((request) => request.host === 'xobin.example.com')).toBe(false);
});

it('a policy address the extension may not reach: the badge shows the error, one click allows it', async () => {
  const policy = { apiKey: API_KEY, apiBaseUrl: `${ORG_ORIGIN}/api/v2`, lockedSettings: ['apiBaseUrl'] };
  writePolicy(policy);
  await policyInForce(policy);
  await waitForBadge(h, profile.tabId, '!');
  expect(await badgeTitle(h.ext.serviceWorker, profile.tabId)).toMatch(/Allow access to your Xobin API/);
  await holdsFor(
    async () => (await h.ext.serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), profile.tabId)) === '!',
    1000,
    'the error badge, not a spinner',
  );
  await openPanelFromLauncher(h, profile.page);
  await waitForPanel(h, { state: 'error', errorKind: 'no-permission', texts: [`Allow access to ${ORG_ORIGIN}`] });

  // Headless Chromium cannot answer the permission prompt: approve the origin the way
  // chrome://extensions' "Site access" does, then the settings page's own button (a real click) gets it.
  const extensionsUi = await h.ext.context.newPage();
  await extensionsUi.goto(`chrome://extensions/?id=${h.ext.extensionId}`, { waitUntil: 'commit' });
  await extensionsUi.evaluate(
    ([id, pattern]) =>
      new Promise<void>((resolve) =>
        (chrome as unknown as { developerPrivate: { addHostPermission(i: string, p: string, done: () => void): void } }).developerPrivate.addHostPermission(
          id,
          pattern,
          resolve,
        ),
      ),
    [h.ext.extensionId, `${ORG_ORIGIN}/*`] as const,
  );
  await extensionsUi.close();
  await settings.bringToFront();
  await settings.getByRole('button', { name: `Allow access to ${ORG_ORIGIN}` }).click();
  await waitFor(() => h.ext.serviceWorker.evaluate((o) => chrome.permissions.contains({ origins: [o] }), `${ORG_ORIGIN}/*`), { message: 'access granted' });
  // The waiting tab asks the organisation's API at once.
  await waitFor(() => h.mock.requests.some((request) => request.host === 'xobin-api.example.com' && request.path.startsWith('/api/v2/ai-interviews/report')), {
    message: 'a request to the organisation address',
  });
  expect(await field('API base URL').isDisabled()).toBe(true);
});

it('policy aiInterviews fill the invite form (locked on the settings page); allowInvites: false takes the button away', async () => {
  const interviews = [{ id: 31902, name: 'Frontend Engineer – AI Interview' }];
  const policy = { apiKey: API_KEY, aiInterviews: interviews, lockedSettings: ['aiInterviews'] };
  writePolicy(policy);
  await policyInForce(policy);
  const kendall = await openProfile(h, 'https://app.eu.greenhouse.io/people/4012345014/applications/5123456014');
  await waitForBadge(h, kendall.tabId, '?');
  await openPanelFromLauncher(h, kendall.page);
  await waitForPanel(h, { state: 'error', errorKind: 'not-found', texts: ['Invite to AI Interview'] });
  await panelClickButton(h, 'Invite to AI Interview');
  await waitForPanel(h, { state: 'error', texts: ['AI interview', 'Frontend Engineer – AI Interview'] });
  await settings.bringToFront();
  await waitFor(async () => (await pageText()).includes('Frontend Engineer – AI Interview'), { message: 'the policy interview on the settings page' });
  expect(await pageText()).toContain(LOCKED);
  expect(await settings.getByRole('button', { name: 'Add interview' }).count()).toBe(0);

  const off = { ...policy, allowInvites: false };
  writePolicy(off);
  await policyInForce(off);
  await kendall.page.bringToFront();
  await waitFor(async () => !(await panelSnapshot(h.ext.context, h.ext.extensionId)).text.includes('Invite to AI Interview'), {
    message: 'the invite button to go',
  });
  await kendall.page.close();
});
