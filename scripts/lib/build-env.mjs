/**
 * The environment for a child `wxt build` / `wxt zip`: the caller's, with WXT_OUT_DIR set and
 * NODE_ENV dropped. Vitest sets NODE_ENV=test, which makes Preact's JSX transform embed each
 * component's absolute source path: a bigger bundle than the one shipped, different in every folder.
 */
export function buildEnv(outDir) {
  const { NODE_ENV: _testMode, ...env } = process.env;
  return { ...env, WXT_OUT_DIR: outDir };
}
