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
