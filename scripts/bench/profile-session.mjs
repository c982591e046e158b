import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startMockServer } from '../mock-xobin/server.mjs';
import { launchWith, launchWithout } from './browsers.mjs';
import { startBenchServer } from './server.mjs';

// What every profiling aid (profile-*.mjs) starts with: the mock API and the bench's pages at their
// real host names, Chromium with the extension `npm run bench` built, and with `without`, the same
// Chromium without it. Close it whatever happened.

export const BENCH_BUILD = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '.bench', 'build', 'chrome-mv3');

export async function profileSession({ extensionDir = process.env.BENCH_EXT ?? BENCH_BUILD, without = false } = {}) {
  const mock = await startMockServer({ latencyMs: 100 });
  const front = await startBenchServer({ mockPort: mock.port });
  // PROFILE_NO_CHIPS=1: "Scores in candidate lists" off (what detection and the badge alone cost).
  const ext = await launchWith({ extensionDir, port: front.port, listScores: process.env.PROFILE_NO_CHIPS !== '1' });
  const bare = without ? await launchWithout({ port: front.port }) : undefined;
  return {
    mock,
    ext,
    sides: bare ? { with: ext, without: bare } : { with: ext },
    async close() {
      await Promise.all([ext.close(), bare?.close()]);
      await front.close();
      await mock.close();
    },
  };
}
