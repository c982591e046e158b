import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { waitFor } from './browser.mjs';

// Screenshots for the README that need more than one page.shot: `npm run demo -- --docs` takes them.

/** The settings page as a fresh install opens it: the welcome on top, no key saved yet. */
export async function welcomeShot(ext, path) {
  const page = await waitFor(() => ext.context.pages().find((candidate) => candidate.url().includes('/options.html?welcome')), {
    message: 'the welcome tab a fresh install opens',
  });
  try {
    await page.setViewportSize({ width: 900, height: 760 });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.locator('[data-welcome]').waitFor({ timeout: 10_000 });
    await page.locator('form.settings:not([aria-busy])').waitFor({ timeout: 10_000 }); // settings loaded: no key yet
    await page.screenshot({ path });
  } finally {
    await page.close();
  }
  return path;
}

/**
 * The invite form as the side panel shows it on a profile with no report (the panel page pinned to
 * that tab, at side-panel width): the email read from the page, the name (typed when the page gave
 * none), an interview chosen. Nothing is sent.
 * @param {{ context: import('playwright-core').BrowserContext, extensionId: string }} ext
 * @param {number} tabId the profile's tab, its lookup finished with no report
 * @param {{ name: string, interview: string }} fill the name to type if empty, the interview to choose
 * @param {string} path where to write the PNG
 */
export async function inviteFormShot(ext, tabId, { name, interview }, path) {
  const panel = await ext.context.newPage();
  try {
    await panel.setViewportSize({ width: 400, height: 760 });
    await panel.emulateMedia({ colorScheme: 'light' });
    await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tabId=${tabId}`);
    await panel.getByRole('button', { name: 'Invite to AI Interview' }).click({ timeout: 10_000 });
    const email = await panel.getByLabel('Candidate email', { exact: true }).inputValue();
    if (!email) throw new Error('The invite form has no email from the page: nothing prefilled to show.');
    const nameField = panel.getByLabel('Candidate name', { exact: true });
    if (!(await nameField.inputValue())) await nameField.fill(name);
    await panel.getByLabel('AI interview', { exact: true }).selectOption({ label: interview });
    await panel.locator('body').evaluate(() => document.activeElement instanceof HTMLElement && document.activeElement.blur());
    await panel.screenshot({ path, fullPage: true });
  } finally {
    await panel.close();
  }
  return path;
}

// The hero image: the candidate's ATS page and the open side panel side by side, the way
// Chrome shows them, with the toolbar badge. Headless Chromium screenshots a page, never the browser
// around it, so the window and toolbar are drawn here (an HTML page, rendered and screenshotted)
// around two real screenshots; the badge shows the text and colour the extension really set.

const WIDTH = { page: 1000, panel: 400 };
const HEIGHT = 700;

/**
 * @param {{ context: import('playwright-core').BrowserContext, extensionId: string, serviceWorker: import('playwright-core').Worker }} ext
 * @param {import('playwright-core').Page} page the candidate's page, its report loaded
 * @param {number} tabId that page's tab
 * @param {string} extensionDir the built extension (for its real icon)
 * @param {string} path where to write the PNG
 */
export async function heroShot(ext, page, tabId, extensionDir, path) {
  const badge = await ext.serviceWorker.evaluate(async (id) => {
    const [text, color] = await Promise.all([chrome.action.getBadgeText({ tabId: id }), chrome.action.getBadgeBackgroundColor({ tabId: id })]);
    return { text, color: `rgba(${color.join(',')})`.replace(/,(\d+)\)$/, (_, a) => `,${Number(a) / 255})`) };
  }, tabId);
  if (!badge.text) throw new Error('The badge is empty on the candidate tab: nothing to show in the hero image.');

  const size = page.viewportSize();
  await page.setViewportSize({ width: WIDTH.page, height: HEIGHT });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const atsPng = await page.screenshot();
  if (size) await page.setViewportSize(size);

  const panel = await ext.context.newPage();
  let panelPng;
  try {
    await panel.setViewportSize({ width: WIDTH.panel, height: HEIGHT - 40 });
    await panel.emulateMedia({ colorScheme: 'light' });
    await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tabId=${tabId}`);
    await panel.locator('[data-state="report"]').waitFor({ timeout: 10_000 });
    // The transcript's messages follow a frame after the verdict.
    await panel.locator('[data-testid="transcript-drawing"]').waitFor({ state: 'detached', timeout: 10_000 });
    panelPng = await panel.screenshot();
  } finally {
    await panel.close();
  }

  const icon = readFileSync(join(extensionDir, 'icon', '32.png'));
  const composer = await ext.context.newPage();
  try {
    await composer.setViewportSize({ width: WIDTH.page + WIDTH.panel + 80, height: HEIGHT + 200 });
    await composer.setContent(frameHtml({ url: page.url(), atsPng, panelPng, icon, badge }));
    await composer.locator('img').evaluateAll((images) => Promise.all(images.map((image) => image.decode())));
    await composer.locator('.window').screenshot({ path });
  } finally {
    await composer.close();
  }
  return { path, badge: badge.text };
}

const dataUrl = (png) => `data:image/png;base64,${png.toString('base64')}`;
const escape = (text) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

function frameHtml({ url, atsPng, panelPng, icon, badge }) {
  const shown = new URL(url);
  return `<!doctype html><html><head><meta charset="utf-8"><style>
  body { margin: 0; padding: 40px; background: #dfe3ea; font: 13px system-ui, sans-serif; }
  .window { width: ${WIDTH.page + WIDTH.panel}px; border-radius: 12px; overflow: hidden; background: #fff;
    box-shadow: 0 20px 50px rgba(15, 23, 42, 0.25), 0 0 0 1px rgba(15, 23, 42, 0.12); }
  .tabs { height: 38px; background: #dee1e6; display: flex; align-items: flex-end; padding: 0 12px; gap: 8px; }
  .dots { display: flex; gap: 7px; align-self: center; margin-right: 10px; }
  .dots i { width: 12px; height: 12px; border-radius: 50%; background: #ff5f57; } .dots i + i { background: #febc2e; } .dots i + i + i { background: #28c840; }
  .tab { background: #fff; border-radius: 8px 8px 0 0; padding: 8px 16px; width: 220px; color: #1f2937; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  .toolbar { height: 44px; display: flex; align-items: center; gap: 10px; padding: 0 12px; border-bottom: 1px solid #e5e7eb; }
  .nav { color: #6b7280; font-size: 18px; width: 22px; text-align: center; }
  .url { flex: 1; height: 30px; border-radius: 15px; background: #f1f3f4; display: flex; align-items: center; padding: 0 14px; color: #202124; }
  .url b { font-weight: 400; color: #5f6368; }
  .action { position: relative; width: 32px; height: 32px; display: grid; place-items: center; border-radius: 50%; background: #e8f0fe; }
  .action img { width: 20px; height: 20px; }
  .badge { position: absolute; right: -6px; bottom: -3px; min-width: 16px; padding: 1px 4px; border-radius: 8px; background: ${badge.color};
    color: #fff; font: 700 10px/14px system-ui, sans-serif; text-align: center; box-shadow: 0 0 0 2px #fff; }
  .content { display: flex; height: ${HEIGHT}px; }
  .content > img:first-child { width: ${WIDTH.page}px; height: ${HEIGHT}px; display: block; }
  .side { width: ${WIDTH.panel}px; border-left: 1px solid #d1d5db; display: flex; flex-direction: column; }
  .side header { height: 40px; display: flex; align-items: center; gap: 8px; padding: 0 12px; border-bottom: 1px solid #e5e7eb; font-weight: 600; color: #202124; }
  .side header img { width: 16px; height: 16px; } .side header span { margin-left: auto; color: #6b7280; font-weight: 400; }
  .side > img { width: ${WIDTH.panel}px; height: ${HEIGHT - 40}px; display: block; }
  </style></head><body>
  <div class="window">
    <div class="tabs"><div class="dots"><i></i><i></i><i></i></div><div class="tab">${escape(shown.host)}</div></div>
    <div class="toolbar">
      <span class="nav">&#8592;</span><span class="nav">&#8594;</span><span class="nav">&#8635;</span>
      <div class="url">${escape(shown.host)}<b>${escape(shown.pathname + shown.search)}</b></div>
      <div class="action" title="Xobin AI Interview"><img src="${dataUrl(icon)}" alt=""><span class="badge">${escape(badge.text)}</span></div>
    </div>
    <div class="content">
      <img src="${dataUrl(atsPng)}" alt="">
      <div class="side"><header><img src="${dataUrl(icon)}" alt="">Xobin AI Interview<span>&#10005;</span></header><img src="${dataUrl(panelPng)}" alt=""></div>
    </div>
  </div></body></html>`;
}
