// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUDGETS, gzipBytes as gz, pageBytes } from '../scripts/lib/bundle-sizes.mjs';
import { buildEnv } from '../scripts/lib/build-env.mjs';
import { adapters } from '../utils/ats';

// Builds the shipped extension for Chrome and Firefox once and checks what reviewers and users get:
// the exact permission set (widening it must be a deliberate edit here) and the bundle budgets.
// Bundle bytes are deterministic, so budgets are enforced; speed is only measured (npm run bench).
// The size computation is shared with the benchmark: scripts/lib/bundle-sizes.mjs.

const root = join(import.meta.dirname, '..');

const HOST_PERMISSIONS = [
  'https://*.bamboohr.com/*',
  'https://*.bullhornstaffing.com/*',
  'https://*.greenhouse.io/*',
  'https://*.keka.com/*',
  'https://*.pinpointhq.com/*',
  'https://*.taleo.net/*',
  'https://*.workable.com/*',
  'https://app.ashbyhq.com/*',
  'https://app.comeet.co/*',
  'https://app.jazz.co/*',
  'https://app.jobadder.com/*',
  'https://app.manatal.com/*',
  'https://app.recruitee.com/*',
  'https://app.teamtailor.com/*',
  'https://app.xobin.com/*',
  'https://hire.eu.lever.co/*',
  'https://hire.lever.co/*',
  'https://hire.sandbox.lever.co/*',
  'https://recruit.zoho.com.au/*',
  'https://recruit.zoho.com/*',
  'https://recruit.zoho.eu/*',
  'https://recruit.zoho.in/*',
  'https://recruit.zoho.jp/*',
  'https://www.smartrecruiters.com/*',
];
let out: string;

function build(browser: 'chrome' | 'firefox') {
  execFileSync('npx', ['wxt', 'build', '-b', browser], { cwd: root, env: buildEnv(out), stdio: 'pipe' });
}
function manifest(dir: string) {
  return JSON.parse(readFileSync(join(out, dir, 'manifest.json'), 'utf8'));
}

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'xobin-build-'));
  build('chrome');
  build('firefox');
}, 180_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('Chrome manifest', () => {
  it('asks for exactly these permissions', () => {
    const m = manifest('chrome-mv3');
    expect(m.permissions.sort()).toEqual(['alarms', 'contextMenus', 'notifications', 'scripting', 'sidePanel', 'storage']);
    expect(Object.keys(m.commands)).toEqual(['toggle-panel']);
    const atsHosts = [...new Set(adapters.flatMap((adapter) => adapter.matches))].sort();
    // Pinned by hand: the candidate app hosts only (no job boards such as boards.greenhouse.io), as
    // origins, because a host permission has no path.
    expect(m.host_permissions.sort()).toEqual(HOST_PERMISSIONS);
    expect(m.optional_host_permissions.sort()).toEqual(['http://127.0.0.1/*', 'http://localhost/*', 'https://*/*']);
    expect(m.content_scripts.flatMap((script: { matches: string[] }) => script.matches).sort()).toEqual(atsHosts);
    // *.greenhouse.io covers customers' own subdomains; the public ones stay out of the content script.
    const excluded = m.content_scripts.flatMap((script: { exclude_matches?: string[] }) => script.exclude_matches ?? []);
    for (const sub of ['boards', 'job-boards', 'my', 'api', 'harvest']) expect(excluded).toContain(`https://${sub}.greenhouse.io/*`);
  });

  it('never asks for every site up front', () => {
    const m = manifest('chrome-mv3');
    const upFront = [...m.permissions, ...m.host_permissions, ...m.content_scripts.flatMap((s: { matches: string[] }) => s.matches)];
    for (const pattern of upFront) expect(pattern).not.toMatch(/<all_urls>|^\*:\/\/\*\/|^https?:\/\/\*\//);
  });
});

describe('Firefox build', () => {
  it('turns the side panel into a sidebar and keeps Chrome-only permissions out', () => {
    const m = manifest('firefox-mv2');
    expect(m.sidebar_action?.default_panel).toMatch(/sidepanel\.html$/);
    expect(m.permissions).not.toContain('sidePanel');
    expect(m.browser_specific_settings?.gecko?.id).toBeTruthy();
    expect(m.content_scripts.flatMap((script: { exclude_matches?: string[] }) => script.exclude_matches ?? [])).toContain('https://boards.greenhouse.io/*');
  });
});

describe('bundle budgets (gzipped)', () => {
  it('keeps the content script small: no Preact, no zod', () => {
    const file = join(out, 'chrome-mv3', 'content-scripts', 'ats.js');
    const code = readFileSync(file, 'utf8');
    expect(gz(file)).toBeLessThanOrEqual(BUDGETS.content);
    expect(code).not.toMatch(/__PREACT_DEVTOOLS__|\$ZodType|zod/i);
  });

  it('keeps the side panel and the worker within budget', () => {
    const dir = join(out, 'chrome-mv3');
    expect(pageBytes(dir, 'sidepanel.html')).toBeLessThanOrEqual(BUDGETS.sidepanel);
    expect(gz(join(dir, 'background.js'))).toBeLessThanOrEqual(BUDGETS.background);
    expect(readdirSync(dir)).toContain('sidepanel.html');
  });
});

describe('manifest words', () => {
  it('come from every locale’s catalogue: name, description, toolbar title, shortcut description', () => {
    for (const dir of ['chrome-mv3', 'firefox-mv2']) {
      const text = readFileSync(join(out, dir, 'manifest.json'), 'utf8');
      const keys = [...text.matchAll(/__MSG_(\w+)__/g)].map((match) => match[1]!);
      expect(keys, dir).toEqual(expect.arrayContaining(['extName', 'extDescription', 'actionTitle', 'commandToggle']));
      expect(JSON.stringify(JSON.parse(text).commands), dir).not.toMatch(/"description":"(?!__MSG_)/);
      for (const locale of readdirSync(join(out, dir, '_locales'))) {
        const catalogue = JSON.parse(readFileSync(join(out, dir, '_locales', locale, 'messages.json'), 'utf8'));
        for (const key of keys) expect(catalogue[key]?.message, `${dir} ${locale} ${key}`).toBeTruthy();
      }
      expect(readdirSync(join(out, dir, '_locales')).sort(), dir).toEqual(expect.arrayContaining(['de', 'en']));
    }
  });
});
