import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import de from '../public/_locales/de/messages.json';
import en from '../public/_locales/en/messages.json';
import { badgeTitle, findLauncher } from '../scripts/lib/browser.mjs';
import { CANDIDATES, startHarness, type Harness } from './helpers';
import { expectAccessible, horizontalOverflow, openPanelTab, readyProfile } from './panel-helpers';

// The built extension in real Chromium started with --lang=de: the browser picks the German
// catalogue for the panel, the settings page, the worker's badge tooltips and the in-page launcher,
// and dates and numbers follow it. Chromium here keeps reporting en-US as its UI language while
// it reads _locales/de, which is why uiLocale() goes by the catalogue the browser chose.

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ extraArgs: ['--lang=de'] });
});
afterAll(() => h?.close());

/** English catalogue texts that German words differently, for "nothing left in English" checks. */
const ENGLISH_ONLY: readonly string[] = Object.entries(en)
  .filter(([key, entry]) => de[key as keyof typeof de].message !== entry.message && entry.message.length > 8)
  // A message with $1 is checked by its longest fixed part, when that is a phrase (not a word inside an id).
  .map(([, entry]) =>
    entry.message
      .split(/\$\d|%s/)
      .sort((a, b) => b.length - a.length)[0]!
      .trim(),
  )
  .filter((text) => text.length > 8 && text.includes(' '));

async function englishLeftIn(page: Page): Promise<string[]> {
  const shown = await page.evaluate(() => document.body.innerText);
  return ENGLISH_ONLY.filter((text) => shown.includes(text));
}

describe('German (Chromium --lang=de)', () => {
  it('the report panel speaks German, writes dates and decimals the German way, and passes axe', async () => {
    const { tabId } = await readyProfile(h, 'alex', '64');
    const panel = await openPanelTab(h, tabId);
    expect(await panel.evaluate(() => document.documentElement.lang)).toBe('de');
    const text = await panel.evaluate(() => document.body.innerText);
    // completed_date "Jul 08, 2025, 8:07:10 AM" (GMT) and integrity_score 9.5 from the mock.
    expect(text).toContain('Abgeschlossen am 08. Juli 2025, 08:07:10 GMT');
    expect(text).toContain('9,5 von 10');
    expect(text).toContain('Gefunden über custom_field_id');
    expect(text).toContain('Lever-Opportunity');
    for (const heading of ['Fähigkeiten', 'Zusammenfassung', 'Transkript']) {
      expect(await panel.getByRole('heading', { name: heading }).count(), heading).toBeGreaterThan(0);
    }
    await panel.getByRole('searchbox', { name: 'Transkript durchsuchen' }).waitFor();
    expect(await englishLeftIn(panel)).toEqual([]);
    await expectAccessible(panel, 'report, German');
    // The longer German words still fit the narrowest side panel.
    await panel.setViewportSize({ width: 320, height: 800 });
    const { scrollWidth, clientWidth } = await horizontalOverflow(panel);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    await panel.close();
  });

  it('badge tooltip comes from the German catalogue too; the in-page launcher stays the constant label', async () => {
    const { page, tabId } = await readyProfile(h, 'jordan', '82');
    expect(await badgeTitle(h.ext.serviceWorker, tabId)).toBe('Xobin AI Interview: Punktzahl 82. Klicken Sie für den vollständigen Bericht.');
    const launcher = await findLauncher(page);
    // launcherLabel is "AI Interview" in German as well, and it never carries the score (harden-bg).
    expect(launcher?.name).toBe('AI Interview');
    await page.close();
  });

  it('a pending interview: German badge letter, German status words, still accessible', async () => {
    const { tabId } = await readyProfile(h, 'casey', 'A');
    expect(await badgeTitle(h.ext.serviceWorker, tabId)).toMatch(/^Xobin AI Interview: Interview noch nicht abgeschlossen \(Status: /);
    const panel = await openPanelTab(h, tabId, { state: 'pending' });
    await panel.getByRole('heading', { name: 'Interview noch nicht abgeschlossen' }).waitFor();
    expect(await englishLeftIn(panel)).toEqual([]);
    await expectAccessible(panel, 'pending, German');
    await panel.close();
  });

  it('an error says what happened and what to do, in German', async () => {
    h.mock.scenario(CANDIDATES.sam.lookup, [{ status: 404 }]);
    const { tabId } = await readyProfile(h, 'sam', '?');
    const panel = await openPanelTab(h, tabId, { state: 'error', errorKind: 'not-found' });
    await panel.getByRole('heading', { name: de.errNotFoundTitle.message }).waitFor();
    const text = await panel.evaluate(() => document.body.innerText);
    expect(text).toContain(de.errNotFoundNext.message);
    expect(text).toContain('Quelle: Greenhouse-Kandidat');
    expect(await englishLeftIn(panel)).toEqual([]);
    await expectAccessible(panel, 'not-found, German');
    await panel.close();
  });

  it('the settings page is German as well', async () => {
    const page = await h.ext.context.newPage();
    await page.goto(`chrome-extension://${h.ext.extensionId}/options.html`);
    await page.getByLabel('API-Schlüssel').waitFor();
    expect(await page.title()).toBe('Xobin AI Interview · Einstellungen');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    await page.getByRole('button', { name: 'Verbindung testen' }).waitFor();
    expect(await englishLeftIn(page)).toEqual([]);
    await page.close();
  });
});
