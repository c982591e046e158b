import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

// Gzipped sizes of the built Chrome extension, shared by the build test (which enforces the budgets)
// and `npm run bench` (which reports them next to the timings).

/**
 * Bytes, gzipped at level 9. Side panel = its page's scripts plus every chunk they import. Content and
 * worker carry every adapter (17 ATSs, and where a profile opens over a list); the worker also gates
 * every use of the key, keeps the list allowances across restarts, checks every message against its
 * schema, answers every endpoint through one client, invites and shares, checks many watched invites with one request per interview, and publishes the settings in force (issue 23). A change that
 * needs more says why in its commit.
 */
export const BUDGETS = Object.freeze({ content: 9.62 * 1024, sidepanel: 40 * 1024, background: 35 * 1024 });

export const gzipBytes = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** An HTML entry's gzipped JS: its own scripts plus every chunk they import, each counted once. */
export function pageBytes(dir, html) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(dir, file), 'utf8');
    for (const [, dep] of code.matchAll(/(?:from|import)\s*["']\.{0,2}\/?((?:chunks\/)?[\w.-]+\.js)["']/g)) {
      visit(dep.startsWith('chunks/') ? dep : `chunks/${dep}`);
    }
  };
  const page = readFileSync(join(dir, html), 'utf8');
  for (const [, src] of page.matchAll(/<script[^>]+src="\/?([^"]+\.js)"/g)) visit(src);
  return [...seen].reduce((sum, file) => sum + gzipBytes(join(dir, file)), 0);
}

/** The three budgeted bundles of a built chrome-mv3 folder, in gzipped bytes. */
export function bundleSizes(chromeDir) {
  return {
    content: gzipBytes(join(chromeDir, 'content-scripts', 'ats.js')),
    sidepanel: pageBytes(chromeDir, 'sidepanel.html'),
    background: gzipBytes(join(chromeDir, 'background.js')),
  };
}
