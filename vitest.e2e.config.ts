import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built extension in real Chromium; one browser at a time on 2 cores.
// `npm run test:e2e` checks for Chromium first; e2e/global-setup.ts builds into .e2e/build once.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['e2e/**/*.e2e.ts'],
    fileParallelism: false,
    // One worker for all files: playwright-core is imported once (the helpers keep no global state).
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    globalSetup: ['e2e/global-setup.ts'],
    // Per-test durations in the output: the suite's cost is worth seeing.
    reporters: ['verbose'],
  },
});
