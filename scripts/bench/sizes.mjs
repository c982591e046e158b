import { BUDGETS, bundleSizes } from '../lib/bundle-sizes.mjs';

// 5. Gzipped bundle sizes against their budgets (the same computation tests/build.test.ts enforces).
export function measureSizes(extensionDir) {
  const bytes = bundleSizes(extensionDir);
  return Object.fromEntries(Object.entries(bytes).map(([bundle, size]) => [bundle, { bytes: size, budget: BUDGETS[bundle] }]));
}
