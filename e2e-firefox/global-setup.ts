import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { firefoxPath } from '../scripts/lib/firefox.mjs';
import { buildEnv } from '../scripts/lib/build-env.mjs';

// Builds the Firefox extension once, into its own folder (beside the Chromium suite's .e2e/build).
// E2E_SKIP_BUILD=1 reuses the last build; E2E_FIREFOX_EXTENSION_DIR tests a build made elsewhere.

const OUT_DIR = '.e2e-firefox/build';
const EXTENSION_DIR = resolve(OUT_DIR, 'firefox-mv2');

declare module 'vitest' {
  export interface ProvidedContext {
    firefoxExtensionDir: string;
  }
}

export default function setup(project: TestProject): void {
  firefoxPath(); // fail before building, with the fix in the message
  const given = process.env.E2E_FIREFOX_EXTENSION_DIR;
  if (given) {
    if (!existsSync(resolve(given, 'manifest.json'))) throw new Error(`E2E_FIREFOX_EXTENSION_DIR=${given} has no manifest.json`);
    project.provide('firefoxExtensionDir', resolve(given));
    return;
  }
  if (process.env.E2E_SKIP_BUILD !== '1' || !existsSync(resolve(EXTENSION_DIR, 'manifest.json'))) {
    const build = spawnSync('npx', ['wxt', 'build', '-b', 'firefox'], { env: buildEnv(OUT_DIR), encoding: 'utf8', stdio: 'pipe' });
    if (build.status !== 0) {
      throw new Error(`Building the Firefox extension failed (npx wxt build -b firefox, WXT_OUT_DIR=${OUT_DIR}):\n${build.stdout}\n${build.stderr}`);
    }
  }
  project.provide('firefoxExtensionDir', EXTENSION_DIR);
}
