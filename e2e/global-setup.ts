import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { chromiumPath } from '../scripts/lib/chromium.mjs';
import { buildEnv } from '../scripts/lib/build-env.mjs';

// Builds the extension once for the whole run, into its own folder so it never clobbers the
// developer's .output/ or a concurrent demo/benchmark build. E2E_SKIP_BUILD=1 reuses the last build;
// E2E_EXTENSION_DIR=/path/to/chrome-mv3 tests a build made elsewhere (a release, a mutated copy).

const OUT_DIR = '.e2e/build';
const EXTENSION_DIR = resolve(OUT_DIR, 'chrome-mv3');

declare module 'vitest' {
  export interface ProvidedContext {
    extensionDir: string;
  }
}

export default function setup(project: TestProject): void {
  chromiumPath(); // fail before building, with the fix in the message
  const given = process.env.E2E_EXTENSION_DIR;
  if (given) {
    if (!existsSync(resolve(given, 'manifest.json'))) throw new Error(`E2E_EXTENSION_DIR=${given} has no manifest.json`);
    project.provide('extensionDir', resolve(given));
    return;
  }
  if (process.env.E2E_SKIP_BUILD !== '1' || !existsSync(resolve(EXTENSION_DIR, 'manifest.json'))) {
    const build = spawnSync('npx', ['wxt', 'build'], {
      env: buildEnv(OUT_DIR),
      encoding: 'utf8',
      stdio: 'pipe',
    });
    if (build.status !== 0) {
      throw new Error(`Building the extension for the e2e tests failed (npx wxt build, WXT_OUT_DIR=${OUT_DIR}):\n${build.stdout}\n${build.stderr}`);
    }
  }
  project.provide('extensionDir', EXTENSION_DIR);
}
