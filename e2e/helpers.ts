import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import {
  badgeText,
  clickLauncher,
  launchWithExtension,
  panelSnapshot,
  setApiKey,
  tabIdOf,
  waitFor,
  type LaunchedExtension,
  type PanelSnapshot,
} from '../scripts/lib/browser.mjs';
import { startMockServer, type LoggedRequest, type MockServer } from '../scripts/mock-xobin/server.mjs';
import { ERROR_COPY, type ApiErrorKind } from '../utils/api/errors';

export { badgeText, setApiKey, waitFor } from '../scripts/lib/browser.mjs';

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

/** One mock server and one Chromium with the built extension, for one test file. */
export async function startHarness({ apiKey = API_KEY }: { apiKey?: string | null } = {}): Promise<Harness> {
  const mock = await startMockServer();
  let ext: LaunchedExtension;
  try {
    ext = await launchWithExtension({ extensionDir: inject('extensionDir'), mockPort: mock.port });
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
  readonly state: 'loading' | 'report' | 'pending' | 'error' | 'empty';
  readonly errorKind?: string;
  /** Each must appear in the panel's visible text. */
  readonly texts?: readonly string[];
}

/** An error panel of this kind, showing its title (English copy) and any further texts. */
export function errorPanel(kind: ApiErrorKind, ...texts: string[]): PanelExpectation {
  return { state: 'error', errorKind: kind, texts: [ERROR_COPY[kind].title, ...texts] };
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
