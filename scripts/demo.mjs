#!/usr/bin/env node
// `npm run demo`: builds the extension, starts the bundled mock of the Xobin API and the demo ATS
// pages, and launches Chromium with the extension already configured, on a demo candidate.
//
//   With a display (and no --headless): the browser stays open to click around until Ctrl+C.
//   Without one, or with --headless: opens the side panel through the in-page launcher, saves
//   screenshots to .demo/screenshots/ and exits (non-zero, with the reason, if anything failed).

import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { badgeText, chromiumPath, clickLauncher, findLauncher, launchWithExtension, panelSnapshot, setApiKey, tabIdOf, waitFor } from './lib/browser.mjs';
import { heroShot, inviteFormShot, welcomeShot } from './lib/doc-shots.mjs';
import { AI_INTERVIEWS, startMockServer, VALID_API_KEYS } from './mock-xobin/server.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BUILD_DIR = join(ROOT, '.demo', 'build');
const EXTENSION_DIR = join(BUILD_DIR, 'chrome-mv3');
const SHOTS_DIR = join(ROOT, '.demo', 'screenshots');
const DOCS_DIR = join(ROOT, 'docs', 'screenshots');
const DOCS_SHOTS = ['hero.png', 'welcome.png', 'ats-page-with-launcher.png', 'side-panel-light.png', 'side-panel-dark.png', 'settings.png', 'invite-form.png'];
const USAGE = 'Usage: npm run demo [-- --headless | --docs]';
const DEMO_KEY = 'demo-key-123';

// Demo pages served by the mock (utils/ats/fixtures/) and what each shows.
const START = { url: 'https://app.greenhouse.io/people/4012345002?application_id=5123456002', name: 'Jordan Example' };
// A profile with no report: the invite form's screenshot.
const INVITE = { url: 'https://app.eu.greenhouse.io/people/4012345014/applications/5123456014', name: 'Kendall Eurohouse' };
const TRY = [
  ['Greenhouse, completed report (the start page)', START.url],
  ['Greenhouse, long transcript over two sessions', 'https://app.greenhouse.io/people/4012345003/applications/5123456003'],
  ['Greenhouse, interview started but not finished', 'https://app.greenhouse.io/people/4012345004'],
  ['Lever, completed report', 'https://hire.lever.co/candidates/8f1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b'],
  ['Lever, invite still pending', 'https://hire.lever.co/candidates/0b6d7e8f-1a2b-4c3d-9e4f-5a6b7c8d9e0f'],
  ['Lever sandbox, same pending candidate', 'https://hire.sandbox.lever.co/candidates/0b6d7e8f-1a2b-4c3d-9e4f-5a6b7c8d9e0f/feedback'],
  ['Greenhouse candidate list (not one candidate: empty state)', 'https://app.greenhouse.io/people?stage_status_id=2&job_id=4000123002'],
  [
    'Greenhouse, no report yet: "Invite to AI Interview" in the panel (the demo completes the interview 20 s later; press Refresh)',
    'https://app.eu.greenhouse.io/people/4012345014/applications/5123456014',
  ],
];

/** The demo account's AI interviews, named in settings as a recruiter would (Xobin cannot list them). */
const DEMO_INTERVIEWS = AI_INTERVIEWS.map(({ id, name }) => ({ id, name }));
/** After an invite, the demo candidate "finishes" the interview this long later, so the report arrives. */
const DEMO_COMPLETES_AFTER_MS = 20_000;

const LOAD_BY_HAND = [
  'To try the extension by hand in Chrome, Edge or Chromium:',
  '  1. open chrome://extensions and switch on "Developer mode";',
  `  2. "Load unpacked" and choose ${EXTENSION_DIR};`,
  '  3. in its settings page, paste your Xobin API key.',
  'For the demo data instead of your account, `node scripts/mock-xobin/server.mjs` starts the mock and',
  'prints how to point a browser at it.',
  'Note: branded Google Chrome 137+ ignores --load-extension, so the demo needs Chromium or Chrome for',
  'Testing (CHROMIUM_PATH=/path/to/chrome); branded Chrome only loads it by hand as above.',
];

class DemoError extends Error {}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const log = (line = '') => console.log(line);
// From process start, so module loading counts too.
const t0 = performance.timeOrigin;
const step = (line) => log(`  [${seconds(Date.now() - t0)}] ${line}`);

function parseArgs(argv) {
  const unknown = argv.filter((arg) => !['--headless', '--docs', '--help', '-h'].includes(arg));
  if (unknown.length) throw new DemoError(`Unknown option ${unknown[0]}. ${USAGE}`);
  // --docs: headless, and refresh the README's screenshots in docs/screenshots/ from this run.
  const docs = argv.includes('--docs');
  return { headless: docs || argv.includes('--headless'), docs, help: argv.includes('--help') || argv.includes('-h') };
}

function hasDisplay() {
  return process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

function build() {
  return new Promise((resolve, reject) => {
    const output = [];
    const child = spawn('npx', ['wxt', 'build'], {
      cwd: ROOT,
      env: { ...process.env, WXT_OUT_DIR: BUILD_DIR },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('error', (error) => reject(new DemoError(`Could not run npx wxt build: ${error.message}`)));
    child.on('close', (code) => {
      if (code === 0 && existsSync(join(EXTENSION_DIR, 'manifest.json'))) return resolve();
      reject(new DemoError(`Building the extension failed (npx wxt build exited ${code}):\n${Buffer.concat(output).toString()}`));
    });
  });
}

function findChromium() {
  try {
    return chromiumPath();
  } catch {
    const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
    throw new DemoError(
      [
        `Chromium was not found at ${path}; the demo needs it to run the extension.`,
        'Install it with:  sudo apt-get install chromium   (Debian/Ubuntu)',
        'or point CHROMIUM_PATH at a Chromium or Chrome for Testing binary.',
        '',
        `The extension is built in ${EXTENSION_DIR}.`,
        ...LOAD_BY_HAND,
      ].join('\n'),
    );
  }
}

/**
 * Waits until the toolbar badge shows a score (the in-page button always says just "AI Interview": it
 * tells the ATS page nothing); returns what the button and the badge say.
 */
async function waitForLauncherResult(ext, page, tabId) {
  let badge = '';
  await waitFor(
    async () => {
      badge = await badgeText(ext.serviceWorker, tabId);
      return /^\d/.test(badge) && (await findLauncher(page)) !== null;
    },
    { timeoutMs: 15_000, message: 'the badge to show a score and the in-page "AI Interview" button to appear' },
  ).catch(() => {
    throw new DemoError(`No score on the toolbar badge for ${page.url()} (it says "${badge || 'nothing'}"), or no in-page button.`);
  });
  return { name: (await findLauncher(page))?.name ?? '', badge };
}

async function openRealSidePanel(ext, page) {
  await clickLauncher(page);
  const snapshot = await waitFor(
    async () => {
      const now = await panelSnapshot(ext.context, ext.extensionId).catch(() => null);
      return now?.state === 'report' ? now : null;
    },
    { timeoutMs: 15_000, message: 'the side panel to open and show the report' },
  ).catch((error) => {
    throw new DemoError(`Clicking the launcher did not open the side panel with a report. ${error.message}`);
  });
  if (!snapshot.text.includes(START.name)) {
    throw new DemoError(`The side panel opened but does not show ${START.name}:\n${snapshot.text.slice(0, 400)}`);
  }
}

async function screenshot(page, name, options = {}) {
  const path = join(SHOTS_DIR, name);
  await page.screenshot({ path, ...options });
  return path;
}

/**
 * The panel page renders the same in a tab pinned to the candidate's tab, at side-panel width: the
 * first screen in light and dark, and the whole report (transcript included) in light.
 */
async function panelShots(ext, tabId) {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 400, height: 1000 });
  const shots = [];
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tabId=${tabId}`);
    await page.locator('[data-state="report"]').waitFor({ timeout: 10_000 });
    await page.getByText(START.name).first().waitFor();
    // The transcript's messages follow a frame after the verdict; the full-report shot shows them.
    await page.locator('[data-testid="transcript-drawing"]').waitFor({ state: 'detached', timeout: 10_000 });
    shots.push(await screenshot(page, `side-panel-${scheme}.png`));
    if (scheme === 'light') shots.push(await screenshot(page, 'side-panel-full-report.png', { fullPage: true }));
  }
  await page.close();
  return shots;
}

async function settingsShot(ext) {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 900, height: 900 });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await page.getByText('A key is saved').waitFor({ timeout: 10_000 });
  const path = await screenshot(page, 'settings.png', { fullPage: true });
  await page.close();
  return path;
}

async function inviteShot(ext) {
  const page = await ext.context.newPage();
  try {
    await page.goto(INVITE.url);
    await page.bringToFront();
    const tabId = await tabIdOf(ext.serviceWorker, page);
    await waitFor(async () => (await badgeText(ext.serviceWorker, tabId)) === '?', { timeoutMs: 15_000, message: `no report for ${INVITE.url} (badge "?")` });
    return await inviteFormShot(ext, tabId, { name: INVITE.name, interview: DEMO_INTERVIEWS[0].name }, join(SHOTS_DIR, 'invite-form.png'));
  } finally {
    await page.close();
  }
}

async function firstRunShot(ext) {
  mkdirSync(SHOTS_DIR, { recursive: true });
  const path = await welcomeShot(ext, join(SHOTS_DIR, 'welcome.png')).catch((error) => {
    throw new DemoError(`Installing the extension did not show the welcome: ${error.message}`);
  });
  step('welcome page screenshot taken (what a fresh install opens)');
  return path;
}

async function runHeadless(ext, page, tabId) {
  mkdirSync(SHOTS_DIR, { recursive: true });
  rmSync(join(SHOTS_DIR, 'failure.png'), { force: true });
  const shots = [];
  const { name, badge } = await waitForLauncherResult(ext, page, tabId);
  step(`the toolbar badge says "${badge}"; the page's button says "${name}"`);
  shots.push(await screenshot(page, 'ats-page-with-launcher.png'));
  await openRealSidePanel(ext, page);
  step(`clicked the launcher: the side panel opened and shows ${START.name}'s report`);
  shots.push(...(await panelShots(ext, tabId)));
  step('side panel screenshots taken (light, dark, full report)');
  const hero = await heroShot(ext, page, tabId, EXTENSION_DIR, join(SHOTS_DIR, 'hero.png'));
  shots.push(hero.path);
  step(`hero image composed: the page and the side panel side by side, badge "${hero.badge}"`);
  shots.push(await settingsShot(ext));
  step('settings page screenshot taken');
  shots.push(await inviteShot(ext));
  step(`invite form screenshot taken (${INVITE.name}, no report yet; nothing sent)`);
  return shots;
}

function printWhatToTry(ext) {
  log();
  log('Chromium is open on a demo candidate. Things to try:');
  log('  - click the "AI Interview" button at the bottom right of the page, or the toolbar icon, to open the side panel;');
  for (const [what, url] of TRY) log(`  - ${what}:\n      ${url}`);
  log(`  - the settings page: chrome-extension://${ext.extensionId}/options.html`);
  log(`    (the demo key is ${DEMO_KEY}; paste any other key and "Test connection" says Xobin refused it)`);
  log();
  log('These addresses reach the local mock only in this Chromium window. Press Ctrl+C here to stop.');
}

function waitForStop(ext) {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve('Ctrl+C'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
    ext.context.once('close', () => resolve('the browser was closed'));
  });
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) {
    log(USAGE);
    return 0;
  }
  const interactive = !args.headless && hasDisplay();

  log('Building the extension into .demo/build …');
  await build();
  const built = Date.now();
  step('built');
  findChromium();

  const mock = await startMockServer();
  let ext;
  let shots;
  try {
    step(`mock Xobin API and demo ATS pages on https://127.0.0.1:${mock.port}`);
    // Headless, the tab a fresh install opens is kept for a screenshot of the first run, before the demo key is set.
    const welcomeTab = interactive ? 'close' : 'keep';
    ext = await launchWithExtension({ extensionDir: EXTENSION_DIR, mockPort: mock.port, headless: !interactive, welcomeTab }).catch((error) => {
      throw new DemoError(`Chromium did not start with the extension: ${error.message}\n${LOAD_BY_HAND.join('\n')}`);
    });
    const firstRun = interactive ? undefined : await firstRunShot(ext);
    if (!VALID_API_KEYS.includes(DEMO_KEY)) throw new DemoError(`The mock no longer accepts ${DEMO_KEY}; update DEMO_KEY in scripts/demo.mjs.`);
    await setApiKey(ext.serviceWorker, DEMO_KEY);
    await ext.serviceWorker.evaluate((interviews) => chrome.storage.local.set({ aiInterviews: interviews }), DEMO_INTERVIEWS);
    mock.onInvite((responseId) => setTimeout(() => mock.completeInterview(responseId, { score: 77 }), DEMO_COMPLETES_AFTER_MS).unref());
    step(`Chromium started (${interactive ? 'with a window' : 'headless'}), extension configured with the demo key`);
    const page = ext.context.pages()[0] ?? (await ext.context.newPage());
    await page.goto(START.url);
    await page.bringToFront();
    const tabId = await tabIdOf(ext.serviceWorker, page);
    step(`opened ${START.url}`);

    if (interactive) {
      printWhatToTry(ext);
      const why = await waitForStop(ext);
      log(`\nStopping (${why}).`);
      return 0;
    }

    log(`${args.headless ? 'Headless (--headless)' : 'No display'}: opening the side panel and taking screenshots …`);
    shots = await runHeadless(ext, page, tabId)
      .then((taken) => [firstRun, ...taken])
      .catch(async (error) => {
        const shot = await screenshot(page, 'failure.png').catch(() => undefined);
        if (shot && error instanceof Error) error.message += `\n(The page at the moment of failure: ${shot})`;
        throw error;
      });
  } finally {
    await ext?.close();
    await mock.close();
  }
  log();
  log('Screenshots:');
  for (const shot of shots) log(`  ${shot}`);
  if (args.docs) {
    mkdirSync(DOCS_DIR, { recursive: true });
    for (const name of DOCS_SHOTS) copyFileSync(join(SHOTS_DIR, name), join(DOCS_DIR, name));
    log(`README screenshots updated in ${DOCS_DIR}`);
  }
  log();
  log(`Demo finished in ${seconds(Date.now() - t0)} (build ${seconds(built - t0)}, browser and screenshots ${seconds(Date.now() - built)}).`);
  log('With a display (and without --headless) the browser stays open to click around instead.');
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`\nDemo failed: ${error instanceof DemoError ? error.message : (error?.stack ?? error)}`);
    process.exit(1);
  },
);
