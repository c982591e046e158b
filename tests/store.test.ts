// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import webExt from 'web-ext';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnv } from '../scripts/lib/build-env.mjs';
import {
  declaredDataCollection,
  differences,
  documentedCodes,
  localized,
  pngSize,
  readZip,
  remoteCodeFindings,
  sourceMapFindings,
  type Files,
} from './store-checks';

// The packages exactly as `npm run zip` and `npm run zip:firefox` make them, checked the way the
// Chrome Web Store, Edge Add-ons and addons.mozilla.org check an upload (docs/store.md): manifest
// fields, icons, no remote code, no source maps, `web-ext lint` clean, and the Firefox package
// rebuilt from the sources zip byte for byte, as AMO reviewers do.

const root = join(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
let work: string;
let chrome: Files;
let firefox: Files;
let sources: Files;
let rebuilt: Files;

function zip(cwd: string, outDir: string, browser?: 'firefox'): void {
  const args = ['wxt', 'zip', ...(browser ? ['-b', browser] : [])];
  execFileSync('npx', args, { cwd, env: buildEnv(outDir), stdio: 'pipe' });
}
const artifact = (dir: string, suffix: string) => readFileSync(join(dir, `${pkg.name}-${pkg.version}-${suffix}.zip`));

function extract(files: Files, dir: string): void {
  for (const [name, bytes] of files) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), bytes);
  }
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'xobin-store-'));
  const out = join(work, 'out');
  zip(root, out);
  zip(root, out, 'firefox');
  [chrome, firefox, sources] = await Promise.all([readZip(artifact(out, 'chrome')), readZip(artifact(out, 'firefox')), readZip(artifact(out, 'sources'))]);
  // A reviewer runs `npm ci && npm run zip:firefox` in the unpacked sources. `npm ci` would reinstall
  // the same locked versions (minutes, and the network); this project's node_modules stands in for it.
  const src = join(work, 'src');
  extract(sources, src);
  symlinkSync(join(root, 'node_modules'), join(src, 'node_modules'), 'dir');
  zip(src, join(work, 'rebuilt'), 'firefox');
  rebuilt = await readZip(artifact(join(work, 'rebuilt'), 'firefox'));
}, 180_000);
afterAll(() => work && rmSync(work, { recursive: true, force: true }));

const manifestOf = (files: Files) => JSON.parse(files.get('manifest.json')?.toString('utf8') ?? '{}');

describe.each([
  ['Chrome Web Store / Edge', () => chrome, 3],
  ['addons.mozilla.org', () => firefox, 2],
] as const)('%s package', (_store, files, manifestVersion) => {
  it('has the manifest fields the store requires', () => {
    const m = manifestOf(files());
    expect(m.manifest_version).toBe(manifestVersion);
    const name = localized(files(), m, m.name);
    expect(name.length).toBeGreaterThanOrEqual(2);
    expect(name.length).toBeLessThanOrEqual(45); // AMO's limit; Chrome allows 75
    const description = localized(files(), m, m.description);
    expect(description.length).toBeGreaterThan(0);
    expect(description.length).toBeLessThanOrEqual(132); // Chrome Web Store's limit
    expect(m.version).toBe(pkg.version);
    expect(m.version).toMatch(/^\d{1,5}(\.\d{1,5}){0,3}$/);
  });

  it('ships real PNG icons at 16, 32, 48 and 128 px, also for the toolbar button', () => {
    const m = manifestOf(files());
    expect(Object.keys(m.icons).sort()).toEqual(['128', '16', '32', '48']);
    const toolbar = (m.action ?? m.browser_action).default_icon;
    for (const icons of [m.icons, toolbar]) {
      for (const [size, path] of Object.entries<string>(icons)) {
        expect(pngSize(files().get(path.replace(/^\//, '')))).toEqual({ width: Number(size), height: Number(size) });
      }
    }
  });

  it('runs only code it contains, and ships no source maps', () => {
    const m = manifestOf(files());
    expect(remoteCodeFindings(files())).toEqual([]);
    expect(sourceMapFindings(files())).toEqual([]);
    expect(JSON.stringify(m.content_security_policy ?? '')).not.toMatch(/unsafe-eval|https?:/);
  });
});

describe('addons.mozilla.org specifics', () => {
  it('names the add-on and declares the data it transmits, as PRIVACY.md says', () => {
    const gecko = manifestOf(firefox).browser_specific_settings.gecko;
    expect(gecko.id).toMatch(/^[a-zA-Z0-9-._]*@[a-zA-Z0-9-._]+$/);
    // data_collection_permissions is read from Firefox 140 (desktop) and 142 (Android).
    expect(Number.parseInt(gecko.strict_min_version, 10)).toBeGreaterThanOrEqual(142);
    const declared = declaredDataCollection(readFileSync(join(root, 'PRIVACY.md'), 'utf8'));
    expect(declared.length).toBeGreaterThan(0);
    expect(gecko.data_collection_permissions).toEqual({ required: declared });
  });

  it('passes web-ext lint: no errors, and no warning docs/store.md does not explain', async () => {
    const dir = join(work, 'amo');
    extract(firefox, dir);
    const result = await webExt.cmd.lint({ sourceDir: dir, output: 'none', boring: true }, { shouldExitProgram: false });
    expect(result.errors.map((error) => `${error.code} ${error.file ?? ''}: ${error.message}`)).toEqual([]);
    const explained = documentedCodes(readFileSync(join(root, 'docs', 'store.md'), 'utf8'));
    for (const finding of [...result.warnings, ...result.notices]) {
      expect(explained, `${finding.code} in ${finding.file} is not explained in docs/store.md`).toContain(finding.code);
      if (finding.code === 'UNSAFE_VAR_ASSIGNMENT') {
        // Explained only where it is Preact's own dangerouslySetInnerHTML support; app code never
        // assigns innerHTML (lint rule), so a finding anywhere else is a real problem.
        const lines = readFileSync(join(dir, finding.file ?? ''), 'utf8').split('\n');
        const column = finding.column ?? 0;
        const around = (lines[(finding.line ?? 1) - 1] ?? '').slice(Math.max(0, column - 400), column + 100);
        expect(around, `${finding.file}:${finding.line}:${column}`).toMatch(/dangerouslySetInnerHTML[\s\S]*__html/);
      }
    }
  }, 60_000);
});

describe('sources zip for AMO reviewers', () => {
  it('holds what the build needs and none of the local output', () => {
    const names = [...sources.keys()];
    for (const needed of ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'README.md', 'PRIVACY.md', 'docs/store.md']) {
      expect(names).toContain(needed);
    }
    const local = /^(node_modules|\.output|\.wxt|\.e2e|\.bench|\.demo|bench-results|coverage)\//;
    expect(names.filter((name) => local.test(name) || name.includes('/node_modules/') || name.endsWith('.zip'))).toEqual([]);
    expect(names.filter((name) => /\.test\.tsx?$/.test(name))).toEqual([]);
  });

  it('rebuilds into the same Firefox package, byte for byte', () => {
    expect(rebuilt.size).toBe(firefox.size);
    expect(differences(firefox, rebuilt)).toEqual([]);
    expect(readdirSync(join(work, 'src'))).toContain('node_modules');
  });
});
