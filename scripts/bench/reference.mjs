import { readFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchWithExtension } from '../lib/browser.mjs';
import { BENCH_CANDIDATES } from './fixture/candidates.mjs';

// The floor for detection -> badge: a minimal MV3 extension (reference-extension/) that only sees
// history.pushState (page-world patch), sends one runtime message with the URL, and has its worker
// set the tab's badge from a fixed table ("tabs" only lets the bench find its tab id by URL). Loaded in its own Chromium with the same flags as the
// product's, so the two are measured on the same page, with the same navigations, in the same run.

export const REFERENCE_DIR = join(dirname(fileURLToPath(import.meta.url)), 'reference-extension');

/** Fails early if the reference's score table no longer matches the bench candidates. */
function checkScores() {
  const worker = readFileSync(join(REFERENCE_DIR, 'worker.js'), 'utf8');
  for (const candidate of BENCH_CANDIDATES) {
    // Keys quoted or not: the formatter leaves numeric keys bare.
    if (!new RegExp(`['"]?${candidate.personId}['"]?: ['"]${candidate.badge}['"]`).test(worker)) {
      throw new Error(`reference-extension/worker.js: ${candidate.name} (${candidate.personId}) should score ${candidate.badge}`);
    }
  }
}

// The floor for the list page's chips (reference-chips/): a fixed-size pill after every candidate
// link, put back on re-render, nothing asked; its own Chromium, measured in the same rounds.
export const REFERENCE_CHIPS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'reference-chips');

// For the list page, a plain implementation of the chips with results (reference-scores/): a score
// button in a closed shadow root after every candidate link, asked once per screen, answered by its
// worker from made-up scores. Not a floor: it does less than the product, but nothing cleverly.
export const REFERENCE_SCORES_DIR = join(dirname(fileURLToPath(import.meta.url)), 'reference-scores');

/**
 * The floor for the product on an ATS page (host phase): both references in one extension, made
 * into `outDir` from their files: the reference extension's detection and badge, and a bare pill
 * after every candidate link (reference-chips/content.js, as chips.js). Returns its folder.
 */
export async function makeFullReference(outDir) {
  const manifest = JSON.parse(readFileSync(join(REFERENCE_DIR, 'manifest.json'), 'utf8'));
  const chips = JSON.parse(readFileSync(join(REFERENCE_CHIPS_DIR, 'manifest.json'), 'utf8'));
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  for (const file of ['worker.js', 'page.js', 'content.js']) await copyFile(join(REFERENCE_DIR, file), join(outDir, file));
  await copyFile(join(REFERENCE_CHIPS_DIR, 'content.js'), join(outDir, 'chips.js'));
  const full = {
    ...manifest,
    name: 'Bench reference: detection, badge and list chips',
    description: 'The floor for the host-page benchmark: the reference extension plus a bare pill after every candidate link.',
    content_scripts: [...manifest.content_scripts, ...chips.content_scripts.map((script) => ({ ...script, js: ['chips.js'] }))],
  };
  await writeFile(join(outDir, 'manifest.json'), `${JSON.stringify(full, null, 2)}\n`);
  return outDir;
}

export async function launchReference({ port, extensionDir = REFERENCE_DIR }) {
  if (extensionDir !== REFERENCE_CHIPS_DIR && extensionDir !== REFERENCE_SCORES_DIR) checkScores();
  const profileDir = await mkdtemp(join(tmpdir(), 'xobin-bench-reference-'));
  try {
    const ext = await launchWithExtension({ extensionDir, mockPort: port, userDataDir: profileDir });
    return {
      ...ext,
      profileDir,
      async close() {
        await ext.close();
        await rm(profileDir, { recursive: true, force: true }).catch(() => undefined);
      },
    };
  } catch (error) {
    await rm(profileDir, { recursive: true, force: true }).catch(() => undefined);
    throw error;
  }
}
