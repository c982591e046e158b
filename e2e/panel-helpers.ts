import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { tabIdOf } from '../scripts/lib/browser.mjs';
import { CANDIDATES, waitForBadge, type Harness } from './helpers';

// The side panel page driven as an ordinary tab (sidepanel.html?tabId=N pins it to one ATS tab), so
// Playwright can type, click, resize and emulate colour schemes in it. Helpers for panel-*.e2e.ts.

export type PanelState = 'loading' | 'report' | 'pending' | 'error' | 'empty';

/** A fixture ATS tab in the background, once its badge shows `badge` (the lookup has ended). */
export async function readyProfile(h: Harness, who: keyof typeof CANDIDATES, badge?: string, timeoutMs = 10_000) {
  const page = await h.ext.context.newPage();
  await page.goto(CANDIDATES[who].url);
  const tabId = await tabIdOf(page, { serviceWorker: h.ext.serviceWorker });
  if (badge !== undefined) await waitForBadge(h, tabId, badge, timeoutMs);
  return { page, tabId };
}

export interface PanelTabOptions {
  readonly width?: number;
  readonly height?: number;
  readonly colorScheme?: 'light' | 'dark';
  /** Waits for this data-state (and error kind) on the panel root. */
  readonly state?: PanelState;
  readonly errorKind?: string;
  /** Runs before the page loads (routes, init scripts). */
  readonly before?: (page: Page) => Promise<unknown>;
  readonly timeoutMs?: number;
}

export const panelUrl = (h: Harness, query: string) => `chrome-extension://${h.ext.extensionId}/sidepanel.html?${query}`;

/** The panel page in a new tab, pinned to `tabId`, at side-panel width. */
export async function openPanelTab(h: Harness, tabId: number, options: PanelTabOptions = {}): Promise<Page> {
  const { width = 400, height = 800, colorScheme = 'light', state = 'report', errorKind, before, timeoutMs = 10_000 } = options;
  const page = await h.ext.context.newPage();
  await page.setViewportSize({ width, height });
  await page.emulateMedia({ colorScheme });
  await before?.(page);
  await page.goto(panelUrl(h, `tabId=${tabId}`));
  await waitForState(page, state, errorKind, timeoutMs);
  return page;
}

export async function waitForState(page: Page, state: PanelState, errorKind?: string, timeoutMs = 10_000): Promise<void> {
  const selector = `main[data-state="${state}"]${errorKind ? `[data-error-kind="${errorKind}"]` : ''}`;
  await page
    .locator(selector)
    .waitFor({ timeout: timeoutMs })
    .catch(async (error: Error) => {
      const seen = await page.evaluate(() => {
        const root = document.querySelector('[data-state]');
        return `${root?.getAttribute('data-state')}/${root?.getAttribute('data-error-kind')}: ${document.body.innerText.slice(0, 300)}`;
      });
      throw new Error(`${error.message.split('\n')[0]}\nPanel showed ${seen}`);
    });
}

// ---- axe-core ----------------------------------------------------------------------------------

const AXE_SOURCE = readFileSync(new URL('../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa'];

export interface AxeViolation {
  readonly id: string;
  readonly help: string;
  readonly nodes: ReadonlyArray<{ readonly target: string; readonly summary: string }>;
}

/** Runs axe (injected through the DevTools protocol, so the page's CSP does not matter) on the page. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    type Violation = { id: string; help: string; nodes: Array<{ target: string[]; failureSummary?: string }> };
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.map((node) => ({ target: node.target.join(' '), summary: (node.failureSummary ?? '').replace(/\s+/g, ' ').trim() })),
    }));
  }, WCAG_TAGS);
}

/** Zero WCAG 2.1 A/AA violations in both colour schemes; the failure lists rule, elements and help. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    for (const v of await axeViolations(page)) {
      found.push(`[${label}, ${colorScheme}] ${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${n.target} — ${n.summary}`).join('\n')}`);
    }
  }
  expect(found, `axe violations:\n${found.join('\n')}`).toEqual([]);
}

// ---- layout and focus --------------------------------------------------------------------------

export function horizontalOverflow(page: Page) {
  return page.evaluate(() => {
    const root = document.scrollingElement!;
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
  });
}

/** The focused element, how it is named, and whether it shows a focus indicator. */
export function focusedElement(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    return {
      name: (el.getAttribute('aria-label') || (el as HTMLInputElement).labels?.[0]?.textContent || el.textContent || '').trim(),
      tag: el.tagName.toLowerCase(),
      focusVisible: el.matches(':focus-visible'),
      indicator: outline || style.boxShadow !== 'none',
    };
  });
}

// ---- clipboard ---------------------------------------------------------------------------------

/**
 * The browser's clipboard, read from an https ATS page (permissions cannot be granted to the panel's
 * chrome-extension:// origin). `reset` puts a marker there so a stale value can never pass.
 */
export async function clipboardOf(h: Harness, page: Page) {
  await h.ext.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
  return {
    read: () => page.evaluate(() => navigator.clipboard.readText()),
    reset: () => page.evaluate(() => navigator.clipboard.writeText('(clipboard marker)')),
  };
}

// ---- recordings --------------------------------------------------------------------------------

/** Silent 8-bit mono WAV: a real, seekable medium of `seconds` (the mock's recordings are 4 bytes). */
function silentWav(seconds: number, rate = 3000): Buffer {
  const size = seconds * rate;
  const wav = Buffer.alloc(44 + size, 128);
  wav.write('RIFF', 0);
  wav.writeUInt32LE(36 + size, 4);
  wav.write('WAVEfmt ', 8);
  wav.writeUInt32LE(16, 16);
  wav.writeUInt16LE(1, 20); // PCM
  wav.writeUInt16LE(1, 22); // mono
  wav.writeUInt32LE(rate, 24);
  wav.writeUInt32LE(rate, 28); // bytes per second
  wav.writeUInt16LE(1, 32);
  wav.writeUInt16LE(8, 34);
  wav.write('data', 36);
  wav.writeUInt32LE(size, 40);
  return wav;
}

/**
 * Answers the report's recording URLs in this page with a seekable WAV (byte ranges, as a media
 * server does) and records every seek target (`seeking` fires with currentTime already moved).
 * Also records which recording URLs were requested.
 */
export async function playableRecordings(page: Page, seconds = 700): Promise<{ requested: string[] }> {
  const audio = silentWav(seconds);
  const requested: string[] = [];
  await page.route('https://app.xobin.com/recordings/**', (route) => {
    requested.push(route.request().url());
    // Ranges are answered in chunks, as media servers do: the player asks again for what it needs.
    const range = /bytes=(\d+)-(\d*)/.exec(route.request().headers().range ?? 'bytes=0-');
    const start = Number(range?.[1] ?? 0);
    const end = Math.min(range?.[2] ? Number(range[2]) : Infinity, start + 65_535, audio.length - 1);
    return route.fulfill({
      status: 206,
      headers: { 'Content-Type': 'audio/wav', 'Accept-Ranges': 'bytes', 'Content-Range': `bytes ${start}-${end}/${audio.length}` },
      body: audio.subarray(start, end + 1),
    });
  });
  await page.addInitScript(() => {
    const seeks: Array<{ src: string; time: number }> = [];
    (window as unknown as { __seeks: typeof seeks }).__seeks = seeks;
    // Media events do not bubble, but a capturing listener on the document still sees them.
    document.addEventListener(
      'seeking',
      (event) => {
        const media = event.target as HTMLMediaElement;
        seeks.push({ src: media.currentSrc, time: media.currentTime });
      },
      true,
    );
  });
  return { requested };
}

export function seeks(page: Page): Promise<Array<{ src: string; time: number }>> {
  return page.evaluate(() => [...(window as unknown as { __seeks: Array<{ src: string; time: number }> }).__seeks]);
}
