export function buildEnv(outDir: string): NodeJS.ProcessEnv;
