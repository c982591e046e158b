import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** `npx wxt build` into its own folder (WXT_OUT_DIR), so the bench never touches .output/ or .e2e/. */
export function buildExtension({ root, outDir }) {
  const extensionDir = join(outDir, 'chrome-mv3');
  return new Promise((resolve, reject) => {
    const output = [];
    const child = spawn('npx', ['wxt', 'build'], { cwd: root, env: { ...process.env, WXT_OUT_DIR: outDir }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('error', (error) => reject(new Error(`Could not run npx wxt build: ${error.message}`)));
    child.on('close', (code) => {
      if (code === 0 && existsSync(join(extensionDir, 'manifest.json'))) return resolve(extensionDir);
      reject(new Error(`Building the extension failed (npx wxt build exited ${code}):\n${Buffer.concat(output).toString()}`));
    });
  });
}
