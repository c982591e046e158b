import { defineConfig } from 'vitest/config';

// End-to-end tests of the Firefox build in real Firefox ESR (puppeteer-core over WebDriver BiDi, plus
// Firefox's remote debugging protocol for extension documents). One browser at a time on 2 cores.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['e2e-firefox/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    globalSetup: ['e2e-firefox/global-setup.ts'],
    reporters: ['verbose'],
  },
});
