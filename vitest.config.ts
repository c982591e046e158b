import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    environment: 'happy-dom',
    globals: true,
    include: ['{utils,components,entrypoints}/**/*.test.{ts,tsx}', 'tests/**/*.test.ts'],
    restoreMocks: true,
    setupFiles: ['components/test-setup.ts'],
  },
});
