import type { Page } from 'puppeteer-core';
import { inject } from 'vitest';
import { waitFor } from '../scripts/lib/browser.mjs';
import { launchFirefoxWithExtension, type LaunchedFirefox } from '../scripts/lib/firefox.mjs';
import { startMockServer, type MockServer } from '../scripts/mock-xobin/server.mjs';
import { DEFAULT_API_ORIGIN } from '../utils/api/constants';
import { ERROR_KEYS, type ApiErrorKind } from '../utils/api/errors';
import english from '../public/_locales/en/messages.json';
import { loadFixtures } from '../utils/ats/fixtures';

export { waitFor } from '../scripts/lib/browser.mjs';
export { API_KEY, CANDIDATES } from '../e2e/helpers';

export interface FirefoxHarness {
  readonly mock: MockServer;
  readonly ff: LaunchedFirefox;
  close(): Promise<void>;
}

/** The hosts the proxy tunnels to the mock: the API and every fixture ATS page's host. */
function fixtureHosts(): string[] {
  return [new URL(DEFAULT_API_ORIGIN).hostname, ...new Set(loadFixtures().map((fixture) => new URL(fixture.url).hostname))];
}

/** One mock server and one real Firefox with the built extension, for one test file. */
export async function startFirefoxHarness({ apiKey }: { apiKey: string | null }): Promise<FirefoxHarness> {
  const mock = await startMockServer();
  let ff: LaunchedFirefox;
  try {
    ff = await launchFirefoxWithExtension({ extensionDir: inject('firefoxExtensionDir'), mockPort: mock.port, hosts: fixtureHosts() });
  } catch (error) {
    await mock.close();
    throw error;
  }
  if (apiKey) await ff.setApiKey(apiKey);
  return {
    mock,
    ff,
    async close() {
      await ff.close();
      await mock.close();
    },
  };
}

/** A new, active tab on a fixture page. */
export async function openProfile(h: FirefoxHarness, url: string): Promise<{ page: Page; tabId: number }> {
  const page = await h.ff.browser.newPage();
  await page.goto(url);
  await page.bringToFront();
  return { page, tabId: await h.ff.tabIdOf(page) };
}

export async function waitForBadge(h: FirefoxHarness, tabId: number, text: string, timeoutMs = 10_000): Promise<void> {
  let actual: string | undefined;
  await waitFor(async () => (actual = await h.ff.evaluateBackground<string>(`browser.browserAction.getBadgeText({ tabId: ${tabId} })`)) === text, {
    timeoutMs,
  }).catch(() => {
    throw new Error(`Timed out after ${timeoutMs} ms waiting for badge "${text}" on tab ${tabId}; it shows "${actual}"`);
  });
}

export interface SidebarSnapshot {
  state: string | null;
  errorKind: string | null;
  text: string;
}

const SNAPSHOT = `(() => {
  const root = document.querySelector('[data-state]');
  return { state: root?.getAttribute('data-state') ?? null, errorKind: root?.getAttribute('data-error-kind') ?? null, text: document.body?.innerText ?? '' };
})()`;

/** Waits until the real sidebar shows this state and these texts; the error shows what it saw. */
export async function waitForSidebar(
  h: FirefoxHarness,
  expected: { state: string; errorKind?: ApiErrorKind; texts?: string[] },
  timeoutMs = 10_000,
): Promise<SidebarSnapshot> {
  let last: SidebarSnapshot | undefined;
  const matches = (snap: SidebarSnapshot) =>
    snap.state === expected.state &&
    (expected.errorKind === undefined || snap.errorKind === expected.errorKind) &&
    (expected.texts ?? []).every((text) => snap.text.includes(text));
  try {
    return await waitFor(
      async () => {
        last = await h.ff.evaluateSidebar<SidebarSnapshot>(SNAPSHOT);
        return matches(last) ? last : undefined;
      },
      { timeoutMs },
    );
  } catch {
    throw new Error(`The sidebar never showed ${JSON.stringify(expected)}; last: ${JSON.stringify({ ...last, text: last?.text.slice(0, 400) })}`);
  }
}

export function errorSidebar(kind: ApiErrorKind, ...texts: string[]) {
  return { state: 'error', errorKind: kind, texts: [english[ERROR_KEYS[kind][0]].message, ...texts] };
}

/** Runs in the content-script sandbox: the launcher's closed shadow root (Firefox's openOrClosedShadowRoot). */
export const LAUNCHER = `document.querySelector('[data-xobin-ai-interview]')?.openOrClosedShadowRoot`;

/** The chip hosts on the page, in document order (they sit in the page's DOM; their roots are closed). */
const CHIP_HOSTS = `[...document.querySelectorAll('[data-xobin-ai-score]')]`;

/**
 * The accessible names (aria-label) of the page's score chips, in document order, read in the
 * content-script sandbox through Firefox's openOrClosedShadowRoot: WebDriver BiDi's accessibility
 * locator does not reach into shadow roots, and the page itself cannot open them.
 */
export function chipNames(h: FirefoxHarness, page: Page): Promise<string[]> {
  return h.ff.evaluateInContentScript<string[]>(
    page,
    `${CHIP_HOSTS}.map((host) => host.openOrClosedShadowRoot?.querySelector('button')?.getAttribute('aria-label') ?? '')`,
  );
}

/** What each chip shows on screen, its box and whether the page could open its shadow root. */
export function chipLooks(
  h: FirefoxHarness,
  page: Page,
): Promise<Array<{ text: string; width: number; height: number; background: string; pageSeesRoot: boolean }>> {
  return h.ff.evaluateInContentScript(
    page,
    `${CHIP_HOSTS}.map((host) => {
      const button = host.openOrClosedShadowRoot?.querySelector('button');
      const box = button?.getBoundingClientRect();
      return { text: button?.textContent ?? '', width: box?.width ?? 0, height: box?.height ?? 0, background: button ? getComputedStyle(button).backgroundColor : '', pageSeesRoot: host.wrappedJSObject.shadowRoot !== null };
    })`,
  );
}

export async function waitForChips(h: FirefoxHarness, page: Page, expected: string[], timeoutMs = 10_000): Promise<void> {
  let seen: string[] = [];
  await waitFor(async () => JSON.stringify((seen = await chipNames(h, page))) === JSON.stringify(expected), { timeoutMs }).catch(() => {
    throw new Error(`Chips ${JSON.stringify(seen)}, expected ${JSON.stringify(expected)}`);
  });
}

/** Sets storage items from the background page, as the settings page would (e.g. aiInterviews). */
export async function setExtensionStorage(h: FirefoxHarness, items: Record<string, unknown>): Promise<void> {
  await h.ff.evaluateBackground(`browser.storage.local.set(${JSON.stringify(items)})`);
}

// Run in the sidebar document: a field by its <label>'s text, a button by its text or aria-label.
const FIND_FIELD = `((wanted) => {
  const norm = (s) => (s ?? '').replace(/\\s+/g, ' ').trim();
  const label = [...document.querySelectorAll('label')].find((candidate) => norm(candidate.textContent) === wanted);
  return label?.htmlFor ? document.getElementById(label.htmlFor) : label?.querySelector('input, select, textarea') ?? null;
})`;

/**
 * Clicks a sidebar button. The click is a script's, not the recruiter's: the sidebar gets no user
 * activation from it (RDP evaluation), which matters for the clipboard (see invite.e2e.ts).
 */
export async function sidebarClickButton(h: FirefoxHarness, name: string): Promise<void> {
  const clicked = await h.ff.evaluateSidebar<boolean>(`(() => {
    const norm = (s) => (s ?? '').replace(/\\s+/g, ' ').trim();
    const button = [...document.querySelectorAll('button')].find((b) => norm(b.getAttribute('aria-label')) === ${JSON.stringify(name)} || norm(b.innerText) === ${JSON.stringify(name)});
    button?.click();
    return Boolean(button);
  })()`);
  if (!clicked) throw new Error(`The sidebar has no button "${name}"`);
}

/** Types into a sidebar field as the recruiter would (an input event per value, which Preact reads). */
export async function sidebarFill(h: FirefoxHarness, label: string, value: string): Promise<void> {
  const found = await h.ff.evaluateSidebar<boolean>(`(() => {
    const field = ${FIND_FIELD}(${JSON.stringify(label)});
    if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement)) return false;
    field.focus();
    field.value = ${JSON.stringify(value)};
    field.dispatchEvent(new Event('input', { bubbles: true }));
    field.dispatchEvent(new Event('change', { bubbles: true }));
    return true;
  })()`);
  if (!found) throw new Error(`The sidebar has no field labelled "${label}"`);
}

/** A sidebar field's current value ('' when empty), or null when there is no such field. */
export function sidebarValue(h: FirefoxHarness, label: string): Promise<string | null> {
  return h.ff.evaluateSidebar<string | null>(`${FIND_FIELD}(${JSON.stringify(label)})?.value ?? null`);
}

/** Chooses the option with this visible text in the sidebar's select labelled `label`. */
export async function sidebarSelect(h: FirefoxHarness, label: string, optionText: string): Promise<void> {
  const chosen = await h.ff.evaluateSidebar<boolean>(`(() => {
    const select = ${FIND_FIELD}(${JSON.stringify(label)});
    if (!(select instanceof HTMLSelectElement)) return false;
    const option = [...select.options].find((candidate) => candidate.text.trim() === ${JSON.stringify(optionText)});
    if (!option) return false;
    select.value = option.value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    return true;
  })()`);
  if (!chosen) throw new Error(`The sidebar has no select "${label}" with the option "${optionText}"`);
}

/** Clicks the radio button or checkbox whose <label> reads `label`. */
export async function sidebarCheck(h: FirefoxHarness, label: string): Promise<void> {
  const checked = await h.ff.evaluateSidebar<boolean>(`(() => {
    const input = ${FIND_FIELD}(${JSON.stringify(label)});
    if (!(input instanceof HTMLInputElement)) return false;
    input.click();
    return input.checked;
  })()`);
  if (!checked) throw new Error(`The sidebar has no radio or checkbox "${label}" that a click checks`);
}

/**
 * Clicks a sidebar button as the recruiter's mouse would: a native mouse event sent to the browser
 * window at the button's place, so Firefox treats it as user input (user activation, which the
 * clipboard asks for). sidebarClickButton's scripted click carries none.
 */
export async function sidebarUserClick(h: FirefoxHarness, name: string): Promise<void> {
  const centre = await h.ff.evaluateSidebar<{ x: number; y: number } | null>(`(() => {
    const button = [...document.querySelectorAll('button')].find((b) => b.innerText.replace(/\\s+/g, ' ').trim() === ${JSON.stringify(name)});
    if (!button) return null;
    button.scrollIntoView({ block: 'center' });
    const box = button.getBoundingClientRect();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  })()`);
  if (!centre) throw new Error(`The sidebar has no button "${name}"`);
  // The extension's document sits in a browser inside the sidebar's chrome document (webext-panels.xhtml).
  await h.ff.evaluateParent(`(async () => {
    const win = Services.wm.getMostRecentWindow('navigator:browser');
    const sidebar = win.document.getElementById('sidebar');
    const panel = sidebar.contentDocument.getElementById('webext-panels-browser');
    const [outer, inner] = [sidebar.getBoundingClientRect(), panel.getBoundingClientRect()];
    const scale = win.devicePixelRatio;
    const x = Math.round((win.mozInnerScreenX + outer.x + inner.x + ${centre.x}) * scale);
    const y = Math.round((win.mozInnerScreenY + outer.y + inner.y + ${centre.y}) * scale);
    const utils = win.windowUtils;
    for (const message of [utils.NATIVE_MOUSE_MESSAGE_MOVE, utils.NATIVE_MOUSE_MESSAGE_BUTTON_DOWN, utils.NATIVE_MOUSE_MESSAGE_BUTTON_UP]) {
      utils.sendNativeMouseEvent(x, y, message, 0, 0, sidebar);
      await new Promise((done) => win.setTimeout(done, 50));
    }
  })()`);
}

/** The text on Firefox's clipboard, read in the parent process ('' when it holds no text). */
export function clipboardText(h: FirefoxHarness): Promise<string> {
  return h.ff.evaluateParent<string>(`(() => {
    const transfer = Cc['@mozilla.org/widget/transferable;1'].createInstance(Ci.nsITransferable);
    transfer.init(null);
    transfer.addDataFlavor('text/plain');
    Services.clipboard.getData(transfer, Services.clipboard.kGlobalClipboard);
    const data = {};
    try { transfer.getTransferData('text/plain', data); } catch { return ''; }
    return data.value.QueryInterface(Ci.nsISupportsString).data;
  })()`);
}
