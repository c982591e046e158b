import type { CDPSession, Page, Worker } from 'playwright-core';
import { inject } from 'vitest';
import {
  badgeText,
  clickLauncher,
  launchWithExtension,
  panelSnapshot,
  setApiKey,
  sidePanelEvaluate,
  tabIdOf,
  waitFor,
  type LaunchedExtension,
  type PanelSnapshot,
} from '../scripts/lib/browser.mjs';
import { startMockServer, type LoggedRequest, type MockServer } from '../scripts/mock-xobin/server.mjs';
import en from '../public/_locales/en/messages.json';
import { ERROR_KEYS, type ApiErrorKind } from '../utils/api/errors';
import { loadFixtures } from '../utils/ats/fixtures';
import type { TabState } from '../utils/tab-state';

export { badgeText, hasSavedKey, setApiKey, waitFor } from '../scripts/lib/browser.mjs';

export const API_KEY = 'e2e-test-key';

/** Fixture ATS pages (utils/ats/fixtures/) and the API lookup each one leads to. */
export const CANDIDATES = {
  jordan: { url: 'https://app.greenhouse.io/people/4012345002?application_id=5123456002', lookup: 'custom_field_id=5123456002' },
  riley: { url: 'https://app.greenhouse.io/people/4012345003/applications/5123456003', lookup: 'response_id=979561' },
  sam: { url: 'https://app.greenhouse.io/people/4012345004', lookup: 'custom_field_id=4012345004' },
  alex: { url: 'https://hire.lever.co/candidates/8f1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b', lookup: 'custom_field_id=8f1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b' },
  casey: { url: 'https://hire.lever.co/candidates/0b6d7e8f-1a2b-4c3d-9e4f-5a6b7c8d9e0f', lookup: 'custom_field_id=0b6d7e8f-1a2b-4c3d-9e4f-5a6b7c8d9e0f' },
} as const;

export interface Harness {
  readonly mock: MockServer;
  readonly ext: LaunchedExtension;
  close(): Promise<void>;
}

/** One mock server and one Chromium with the built extension, for one test file. `extraArgs`: more Chromium flags (`--lang=de`). */
export async function startHarness({ apiKey = API_KEY, extraArgs = [] }: { apiKey?: string | null; extraArgs?: string[] } = {}): Promise<Harness> {
  const mock = await startMockServer();
  let ext: LaunchedExtension;
  try {
    ext = await launchWithExtension({ extensionDir: inject('extensionDir'), mockPort: mock.port, extraArgs });
  } catch (error) {
    await mock.close();
    throw error;
  }
  if (apiKey) await setApiKey(ext.serviceWorker, apiKey);
  return {
    mock,
    ext,
    async close() {
      await ext.close();
      await mock.close();
    },
  };
}

/** A new tab (which becomes the active one, so an open side panel follows it) on a fixture page. */
export async function openProfile(h: Harness, url: string): Promise<{ page: Page; tabId: number }> {
  const page = await h.ext.context.newPage();
  await page.goto(url);
  await page.bringToFront();
  return { page, tabId: await tabIdOf(page, { serviceWorker: h.ext.serviceWorker }) };
}

/**
 * Records what the worker passes to the real chrome.notifications.create (getAll() gives ids only);
 * the returned function reads the [id, options] pairs created since.
 */
export async function recordNotifications(h: Harness): Promise<() => Promise<unknown[]>> {
  await h.ext.serviceWorker.evaluate(() => {
    const api = chrome.notifications as typeof chrome.notifications & { created?: unknown[] };
    const create = api.create.bind(api) as (...args: unknown[]) => unknown;
    api.created = [];
    (api as { create: unknown }).create = (...args: unknown[]) => (api.created!.push(args.slice(0, 2)), create(...args));
  });
  return () => h.ext.serviceWorker.evaluate(() => (chrome.notifications as unknown as { created: unknown[] }).created);
}

export async function waitForBadge(h: Harness, tabId: number, text: string, timeoutMs = 10_000): Promise<void> {
  let actual: string | undefined;
  await waitFor(async () => (actual = await badgeText(h.ext.serviceWorker, tabId)) === text, { timeoutMs }).catch(() => {
    throw new Error(`Timed out after ${timeoutMs} ms waiting for badge "${text}" on tab ${tabId}; it shows "${actual}"`);
  });
}

/** Clicks the in-page launcher (a trusted click) and waits until the side panel page is up. */
export async function openPanelFromLauncher(h: Harness, page: Page): Promise<PanelSnapshot> {
  await clickLauncher(page);
  return waitFor(() => panelSnapshot(h.ext.context, h.ext.extensionId), { message: 'the side panel to open' });
}

export interface PanelExpectation {
  readonly state: 'loading' | 'report' | 'pending' | 'error' | 'empty' | 'paused';
  readonly errorKind?: string;
  /** Each must appear in the panel's visible text. */
  readonly texts?: readonly string[];
}

/** An error panel of this kind, showing its title (English copy) and any further texts. */
export function errorPanel(kind: ApiErrorKind, ...texts: string[]): PanelExpectation {
  return { state: 'error', errorKind: kind, texts: [en[ERROR_KEYS[kind][0]].message, ...texts] };
}

/** Waits until the open side panel shows the expected state and texts; the error shows what it saw. */
export async function waitForPanel(h: Harness, expected: PanelExpectation, timeoutMs = 10_000): Promise<PanelSnapshot> {
  let last: PanelSnapshot | undefined;
  const matches = (snap: PanelSnapshot) =>
    snap.state === expected.state &&
    (expected.errorKind === undefined || snap.errorKind === expected.errorKind) &&
    (expected.texts ?? []).every((text) => snap.text.includes(text));
  try {
    return await waitFor(
      async () => {
        last = await panelSnapshot(h.ext.context, h.ext.extensionId);
        return matches(last) ? last : undefined;
      },
      { timeoutMs, message: `panel ${JSON.stringify(expected)}` },
    );
  } catch (error) {
    const seen = last ? { state: last.state, errorKind: last.errorKind, text: last.text.slice(0, 600) } : 'nothing';
    throw new Error(`${(error as Error).message}\nPanel showed: ${JSON.stringify(seen, null, 2)}`);
  }
}

/**
 * Checks that something stays true for a while (e.g. a late answer does NOT change the page): samples
 * `check` until `durationMs` has passed and fails on the first sample that is false.
 */
export async function holdsFor(check: () => Promise<boolean>, durationMs: number, message: string): Promise<void> {
  const end = Date.now() + durationMs;
  let samples = 0;
  do {
    if (!(await check())) throw new Error(`No longer true: ${message} (after ${samples} good samples)`);
    samples++;
    await new Promise((resolve) => setTimeout(resolve, 50));
  } while (Date.now() < end);
}

/** Report API calls the mock received, optionally only those for one lookup key. */
export function apiCalls(mock: MockServer, lookup?: string): LoggedRequest[] {
  return mock.requests.filter((request) => {
    if (request.host !== 'app.xobin.com' || !request.path.startsWith('/api/v2/ai-interviews/report')) return false;
    if (!lookup) return true;
    const by = lookup.slice(0, lookup.indexOf('='));
    const value = lookup.slice(lookup.indexOf('=') + 1);
    return by === 'response_id' ? request.path.endsWith(`/report/${value}`) : request.query.custom_field_id === value;
  });
}

// ---------------------------------------------------------------------------------------------------
// More fixture pages, extension storage, permissions, the service worker's lifecycle, and the side
// panel's own controls (issue 3 coverage and issue 5 fault injection).

/**
 * The real URL of a fixture page in utils/ats/fixtures/. Hash-routed pages (Recruitee: `#/…`) all
 * share one path, which a server cannot tell apart, so they get `?__fixture=<file>` for the mock.
 */
export function fixtureUrl(file: string): string {
  const fixture = loadFixtures().find((candidate) => candidate.file === file);
  if (!fixture) throw new Error(`No fixture page ${file} in utils/ats/fixtures/`);
  const url = new URL(fixture.url);
  if (url.hash.startsWith('#/')) url.searchParams.set('__fixture', file);
  return url.href;
}

/** The HTML inside <main> of a fixture page, for tests that re-render a page the way its ATS does. */
export function fixtureMain(file: string): string {
  const fixture = loadFixtures().find((candidate) => candidate.file === file);
  const main = fixture && /<main[^>]*>([\s\S]*?)<\/main>/.exec(fixture.html)?.[1];
  if (!main) throw new Error(`Fixture ${file} has no <main>`);
  return main;
}

/** Writes items to the extension's storage through its worker (as the settings page would). */
export async function setExtensionStorage(h: Harness, items: Record<string, unknown>, area: 'local' | 'session' = 'local'): Promise<void> {
  await h.ext.serviceWorker.evaluate(([where, values]) => chrome.storage[where].set(values), [area, items] as const);
}

/** What the worker knows about a tab (session storage `tab:{id}`), or null. */
export async function tabState(h: Harness, tabId: number): Promise<TabState | null> {
  const state = await h.ext.serviceWorker.evaluate((id) => chrome.storage.session.get(`tab:${id}`).then((all) => all[`tab:${id}`] ?? null), tabId);
  return (state as TabState | null) ?? null;
}

/** Bytes the extension holds in chrome.storage.session (report cache, tab states, index). */
export function sessionBytesInUse(h: Harness): Promise<number> {
  return h.ext.serviceWorker.evaluate(() => chrome.storage.session.getBytesInUse(null));
}

/**
 * Grants an optional host permission (e.g. the host of a recruiter's rule) in headless Chromium.
 *
 * `chrome.permissions.request` shows a prompt that nobody can answer headlessly: the call never
 * settles, with or without a user gesture, and no command-line flag accepts it any more
 * (`--apps-gallery-install-auto-confirm-for-tests=accept` is ignored by Chromium 156). What works:
 * 1. chrome://extensions' own API, `chrome.developerPrivate.addHostPermission(id, origin)` (what its
 *    "Site access" control calls), records the origin as granted by the user. It does not activate it
 *    yet (`permissions.contains` stays false).
 * 2. The extension's own `chrome.permissions.request({ origins: [origin] })`, from an extension page
 *    under a CDP user gesture (`Runtime.evaluate` with `userGesture: true`, as a click would give),
 *    then resolves `true` without a prompt, activates the origin and fires `permissions.onAdded`.
 */
export async function grantHostPermission(h: Harness, origin: string): Promise<void> {
  const settingsUi = await h.ext.context.newPage();
  try {
    // Only its API is needed, not the (slow to render) page: evaluate as soon as the document exists.
    await settingsUi.goto(`chrome://extensions/?id=${h.ext.extensionId}`, { waitUntil: 'commit' });
    const added = await settingsUi.evaluate(
      ([id, pattern]) =>
        new Promise<string>((resolve) => {
          const api = (chrome as unknown as { developerPrivate: { addHostPermission(id: string, host: string, done: () => void): void } }).developerPrivate;
          api.addHostPermission(id, pattern, () => resolve(chrome.runtime.lastError?.message ?? 'ok'));
        }),
      [h.ext.extensionId, origin] as const,
    );
    if (added !== 'ok') throw new Error(`developerPrivate.addHostPermission(${origin}): ${added}`);
  } finally {
    await settingsUi.close();
  }
  const extensionPage = await h.ext.context.newPage();
  try {
    await extensionPage.goto(`chrome-extension://${h.ext.extensionId}/options.html`, { waitUntil: 'domcontentloaded' });
    const cdp = await h.ext.context.newCDPSession(extensionPage);
    const request = cdp.send('Runtime.evaluate', {
      expression: `chrome.permissions.request({ origins: [${JSON.stringify(origin)}] })`,
      awaitPromise: true,
      userGesture: true,
      returnByValue: true,
    });
    const timeout = new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`chrome.permissions.request(${origin}) is waiting for a prompt`)), 10_000),
    );
    const reply = await Promise.race([request, timeout]);
    if (reply.result.value !== true)
      throw new Error(`chrome.permissions.request(${origin}) answered ${JSON.stringify(reply.result.value ?? reply.exceptionDetails?.text)}`);
  } finally {
    await extensionPage.close();
  }
  const granted = await h.ext.serviceWorker.evaluate((pattern) => chrome.permissions.contains({ origins: [pattern] }), origin);
  if (!granted) throw new Error(`${origin} is still not granted`);
}

async function withBrowserSession<T>(h: Harness, run: (session: CDPSession) => Promise<T>): Promise<T> {
  const browser = h.ext.context.browser();
  if (!browser) throw new Error('No browser behind this context');
  const session = await browser.newBrowserCDPSession();
  try {
    return await run(session);
  } finally {
    await session.detach().catch(() => undefined);
  }
}

async function workerTargetId(session: CDPSession, extensionId: string): Promise<string | undefined> {
  const { targetInfos } = await session.send('Target.getTargets');
  return targetInfos.find((target) => target.type === 'service_worker' && target.url.startsWith(`chrome-extension://${extensionId}/`))?.targetId;
}

/** Whether the extension's service worker is running right now (a browser target exists for it). */
export function serviceWorkerRunning(h: Harness): Promise<boolean> {
  return withBrowserSession(h, async (session) => (await workerTargetId(session, h.ext.extensionId)) !== undefined);
}

/**
 * Stops the extension's service worker, as Chrome does to an idle worker: its globals, timers and
 * in-flight fetches are gone; storage stays. It starts again on the next extension event.
 *
 * How: `Target.closeTarget` on the worker's target from a browser-level CDP session (what Puppeteer's
 * `WebWorker.close()` does, per Chrome's "test service worker termination" guide). Playwright stays
 * attached and its Worker object works again once the worker restarts. What does NOT work here:
 * `ServiceWorker.stopAllWorkers` (not on the browser session; from a page session it either leaves the
 * extension's worker running or takes the whole Playwright context down), `Runtime.terminateExecution`
 * (stops a script, not the worker), and chrome://serviceworker-internals.
 * Do not call the worker (badgeText, tabState…) until it runs again: such a call waits for ever.
 */
export async function stopServiceWorker(h: Harness): Promise<void> {
  await withBrowserSession(h, async (session) => {
    const targetId = await workerTargetId(session, h.ext.extensionId);
    if (!targetId) throw new Error('stopServiceWorker: the extension service worker is not running');
    await session.send('Target.closeTarget', { targetId });
    await waitFor(async () => (await workerTargetId(session, h.ext.extensionId)) === undefined, { message: 'the service worker to stop' });
  });
}

/** Waits until the worker runs again and answers, and points h.ext.serviceWorker at it. */
export async function waitForServiceWorker(h: Harness, timeoutMs = 10_000): Promise<void> {
  await waitFor(() => serviceWorkerRunning(h), { timeoutMs, message: 'the service worker to start again' });
  await waitFor(
    async () => {
      const worker = h.ext.context.serviceWorkers().find((candidate) => candidate.url().startsWith(`chrome-extension://${h.ext.extensionId}/`));
      if (!worker) return false;
      const answered = await Promise.race([worker.evaluate(() => true), new Promise<false>((resolve) => setTimeout(() => resolve(false), 1000))]);
      if (answered) (h.ext as { serviceWorker: Worker }).serviceWorker = worker;
      return answered;
    },
    { timeoutMs, message: 'the restarted service worker to answer' },
  );
}

/**
 * Types into a side panel field found by its label text (label[for], a wrapping label, aria-label or
 * placeholder), firing the input event the panel's components listen to.
 */
export async function panelFill(h: Harness, label: string, value: string): Promise<void> {
  const found = await sidePanelEvaluate(
    h.ext.context,
    h.ext.extensionId,
    ({ label: wanted, value: text }) => {
      const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
      const labelEl = Array.from(document.querySelectorAll('label')).find((candidate) => norm(candidate.textContent) === wanted);
      const field =
        (labelEl?.htmlFor ? document.getElementById(labelEl.htmlFor) : labelEl?.querySelector('input, textarea')) ??
        Array.from(document.querySelectorAll<HTMLInputElement>('input, textarea')).find(
          (candidate) => norm(candidate.getAttribute('aria-label')) === wanted || norm(candidate.getAttribute('placeholder')) === wanted,
        );
      if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement)) return false;
      field.focus();
      const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')?.set;
      setter?.call(field, text);
      field.dispatchEvent(new Event('input', { bubbles: true }));
      field.dispatchEvent(new Event('change', { bubbles: true }));
      return true;
    },
    { label, value },
  );
  if (!found) throw new Error(`The side panel has no field labelled "${label}"`);
}

/** Clicks a side panel button found by its visible text or aria-label. */
export async function panelClickButton(h: Harness, name: string): Promise<void> {
  const clicked = await sidePanelEvaluate(
    h.ext.context,
    h.ext.extensionId,
    (wanted) => {
      const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
      const button = Array.from(document.querySelectorAll('button')).find(
        (candidate) => norm(candidate.getAttribute('aria-label')) === wanted || norm(candidate.innerText) === wanted,
      );
      button?.click();
      return Boolean(button);
    },
    name,
  );
  if (!clicked) throw new Error(`The side panel has no button "${name}"`);
}

/** One element of the open side panel by CSS selector: its role, test id and visible text, or null. */
export function panelElement(h: Harness, selector: string): Promise<{ role: string | null; testId: string | null; text: string } | null> {
  return sidePanelEvaluate(
    h.ext.context,
    h.ext.extensionId,
    (css) => {
      const element = document.querySelector<HTMLElement>(css);
      return element ? { role: element.getAttribute('role'), testId: element.getAttribute('data-testid'), text: element.innerText } : null;
    },
    selector,
  );
}

// ---------------------------------------------------------------------------------------------------
// Score chips on list pages (utils/content/list-chips.ts). They live in closed shadow roots, which
// Playwright's locators cannot pierce: read them as assistive technology does, through CDP.

/** The marker on our chip hosts (spans: utils/content/chip.ts CHIP_MARK). */
const CHIP_MARK = 'data-xobin-ai-score';

interface DomNode {
  nodeName: string;
  backendNodeId: number;
  /** Name, value, name, value… */
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

function collectNodes(node: DomNode, keep: (node: DomNode) => boolean, out: DomNode[] = []): DomNode[] {
  if (keep(node)) out.push(node);
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) collectNodes(child, keep, out);
  return out;
}

/** Every chip button on the page, in document order: its accessible name and DOM node. */
async function chipButtons(page: Page): Promise<{ name: string; backendNodeId: number }[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const buttons = collectNodes(root, (node) => node.nodeName === 'SPAN' && (node.attributes ?? []).includes(CHIP_MARK)).flatMap((host) =>
      collectNodes({ nodeName: '', backendNodeId: 0, children: host.shadowRoots ?? [] }, (node) => node.nodeName === 'BUTTON'),
    );
    if (buttons.length === 0) return [];
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const names = new Map(nodes.filter((node) => node.backendDOMNodeId !== undefined).map((node) => [node.backendDOMNodeId!, String(node.name?.value ?? '')]));
    return buttons.map((button) => ({ name: names.get(button.backendNodeId) ?? '', backendNodeId: button.backendNodeId }));
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** The accessible names of the page's score chips, in document order. */
export async function chipNames(page: Page): Promise<string[]> {
  return (await chipButtons(page)).map((button) => button.name);
}

/** A real mouse click (a user gesture) on the first chip whose accessible name matches (or the `nth`, from 0). */
export async function clickChip(page: Page, name: string | RegExp, nth = 0): Promise<void> {
  const matches = (text: string) => (typeof name === 'string' ? text === name : name.test(text));
  const button = await waitFor(async () => (await chipButtons(page)).filter((candidate) => matches(candidate.name))[nth], { message: `a chip named ${name}` });
  const cdp = await page.context().newCDPSession(page);
  let point: { x: number; y: number };
  try {
    await cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: button.backendNodeId });
    const { model } = await cdp.send('DOM.getBoxModel', { backendNodeId: button.backendNodeId });
    const [x1, y1, , , x3, y3] = model.border;
    point = { x: (x1! + x3!) / 2, y: (y1! + y3!) / 2 };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
  await page.mouse.click(point.x, point.y);
}

/** Runs in the page: what the strict policy does to a style attribute and an HTML string of the page's own. */
export const CSP_IN_FORCE = () => {
  const probe = document.createElement('div');
  probe.setAttribute('style', 'width: 7px');
  document.body.append(probe);
  const styleAttribute = probe.getBoundingClientRect().width === 7 ? 'applied' : 'dropped';
  let innerHTML = 'refused';
  try {
    probe.innerHTML = '<b>x</b>';
    innerHTML = 'allowed';
  } catch {
    // Trusted Types: a plain string to an HTML sink throws.
  }
  probe.remove();
  return { styleAttribute, innerHTML };
};
