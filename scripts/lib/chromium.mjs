import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** The Chromium to drive: $CHROMIUM_PATH, else Debian's /usr/bin/chromium. Throws with the fix. */
export function chromiumPath() {
  const path = process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
  if (!existsSync(path)) {
    throw new Error(
      `Chromium not found at ${path}. The end-to-end tests need a real Chromium (Playwright's browser ` +
        'download does not work here). Fix: `apt-get update && apt-get install -y chromium`, ' +
        'or set CHROMIUM_PATH to a Chromium / Chrome for Testing binary (branded Chrome 137+ ignores --load-extension).',
    );
  }
  return path;
}

// `node scripts/lib/chromium.mjs` exits non-zero with the fix when Chromium is missing.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    chromiumPath();
  } catch (error) {
    console.error(`\n${error.message}\n`);
    process.exit(1);
  }
}
