import { mkdir, mkdtemp, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANDIDATES, openProfile, startHarness, waitForBadge, type Harness } from './helpers';

// The settings page as a recruiter sees it, at a desktop tab's width and at a narrow one: no sign
// without a message, nothing wider than the window, every rule field laid out label / input / hint.
// Screenshots go to a temporary folder (printed) so a failure can be looked at.

let h: Harness;
let shots: string;
beforeAll(async () => {
  h = await startHarness();
  shots = await mkdtemp(join(tmpdir(), 'xobin-settings-shots-'));
  await mkdir(shots, { recursive: true });
  // A candidate page seen first, so the templates preview has content, as it will for a recruiter.
  const { tabId } = await openProfile(h, CANDIDATES.jordan.url);
  await waitForBadge(h, tabId, '82');
});
afterAll(() => h?.close());

/** Visible elements that draw something in ::before or ::after while holding no text of their own. */
function lonelySigns(page: Page) {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('body *')).flatMap((element) => {
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      if (style.display === 'none' || style.visibility === 'hidden' || box.width === 0 || box.height === 0) return [];
      if ((element.textContent ?? '').trim() !== '') return [];
      return (['::before', '::after'] as const)
        .map((pseudo) => [pseudo, getComputedStyle(element, pseudo).content] as const)
        .filter(([, content]) => content !== 'none' && content !== 'normal' && content !== '""')
        .map(([pseudo, content]) => `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${element.className} ${pseudo} ${content}`);
    }),
  );
}

/** Live regions (alert/status) that take up room on the page while they say nothing. */
function emptyRegionsWithRoom(page: Page) {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('[role="alert"], [role="status"]'))
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return (element.textContent ?? '').trim() === '' && box.width > 0 && box.height > 0;
      })
      .map((element) => `${element.tagName.toLowerCase()}#${element.id}.${element.className} ${element.getBoundingClientRect().height}px`),
  );
}

/** Whatever sticks out to the right of the window (the page scrolls sideways because of it). */
function overflow(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = Array.from(document.querySelectorAll('body *'))
      .filter((element) => element.getBoundingClientRect().right > width + 0.5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className} right=${Math.round(element.getBoundingClientRect().right)}`);
    return { scrollWidth: document.documentElement.scrollWidth, width, wide };
  });
}

async function settingsAt(width: number): Promise<Page> {
  const page = await h.ext.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`chrome-extension://${h.ext.extensionId}/options.html`);
  await page.getByText('A key is saved').waitFor();
  await page.getByText('For the last Greenhouse page you opened').waitFor();
  return page;
}

async function shot(page: Page, name: string): Promise<string> {
  const path = join(shots, name);
  await page.screenshot({ path, fullPage: true });
  expect((await stat(path)).size).toBeGreaterThan(10_000);
  console.log(`settings screenshot: ${path}`);
  return path;
}

describe.each([900, 400])('the settings page at %i px', (width) => {
  let page: Page;
  beforeAll(async () => {
    page = await settingsAt(width);
  });
  afterAll(() => page?.close());

  it('shows no warning sign, and no empty message box, when nothing is wrong', async () => {
    await shot(page, `settings-${width}.png`);
    expect(await lonelySigns(page)).toEqual([]);
    expect(await emptyRegionsWithRoom(page)).toEqual([]);
    expect(await page.getByText('⚠').count()).toBe(0);
  });

  it('does not scroll sideways', async () => {
    const seen = await overflow(page);
    expect(seen.wide).toEqual([]);
    expect(seen.scrollWidth).toBeLessThanOrEqual(seen.width);
  });

  it('lays every rule field out label, then input, then hint, at full width', async () => {
    const fields = await page.evaluate(() =>
      Array.from(document.querySelectorAll('.rule-form .field')).map((field) => {
        const [label, input, hint] = ['label', 'input', '.hint'].map((selector) => field.querySelector(selector)?.getBoundingClientRect());
        const box = field.getBoundingClientRect();
        return {
          name: field.querySelector('input')?.name,
          inputFullWidth: !!input && Math.abs(input.width - box.width) <= 1,
          inputBelowLabel: !!label && !!input && input.top >= label.bottom - 1,
          hintBelowInput: !hint || (!!input && hint.top >= input.bottom - 1 && hint.left >= box.left - 1),
        };
      }),
    );
    expect(fields.map((field) => field.name)).toEqual(['name', 'host', 'urlPattern', 'selector', 'attribute', 'template']);
    for (const field of fields) expect(field, field.name).toMatchObject({ inputFullWidth: true, inputBelowLabel: true, hintBelowInput: true });
  });

  it('gives the AI interview name the free width and the id room for ten digits', async () => {
    const id = page.getByLabel('Xobin interview id');
    await id.fill('1234567890');
    const seen = await page.evaluate(() => {
      const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
      const [name, idField, form] = [box('#ai-interview-name'), box('#ai-interview-id'), box('.inline-form')];
      const idInput = document.querySelector<HTMLInputElement>('#ai-interview-id')!;
      const sameRow = Math.abs(name.top - idField.top) <= 1;
      return {
        tenDigitsFit: idInput.scrollWidth <= idInput.clientWidth,
        // Beside the id, up to it (the form's gap); on a row of its own, the whole row.
        nameTakesFreeWidth: sameRow ? Math.abs(idField.left - 8 - name.right) <= 1 : Math.abs(name.width - form.width) <= 1,
      };
    });
    await id.fill('');
    expect(seen).toEqual({ tenDigitsFit: true, nameTakesFreeWidth: true });
  });

  it('a problem shows its sign with its words, and both go once it is fixed', async () => {
    const templates = page.getByLabel('Templates', { exact: true });
    const before = await templates.inputValue();
    await templates.fill('{notAnId}');
    const problem = page.locator('#templates-problem');
    await expect.poll(() => problem.innerText()).toMatch(/is not an id this ATS has/);
    const sign = () => problem.evaluate((region) => Array.from(region.querySelectorAll('*'), (child) => getComputedStyle(child, '::before').content));
    expect(await sign()).toEqual(['"⚠ "']);
    await shot(page, `settings-${width}-problem.png`);
    await templates.fill(before);
    await expect.poll(() => problem.innerText()).toBe('');
    expect(await sign()).toEqual([]);
    expect(await lonelySigns(page)).toEqual([]);
    expect(await emptyRegionsWithRoom(page)).toEqual([]);
  });
});
