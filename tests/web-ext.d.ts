// web-ext ships no types; this is the one call tests/store.test.ts makes (web-ext's lib/cmd/lint.js).
declare module 'web-ext' {
  interface LintMessage {
    readonly code: string;
    readonly message: string;
    readonly file?: string;
    readonly line?: number;
    readonly column?: number;
  }
  interface LintResult {
    readonly errors: LintMessage[];
    readonly warnings: LintMessage[];
    readonly notices: LintMessage[];
    readonly summary: { errors: number; warnings: number; notices: number };
  }
  const webExt: {
    cmd: {
      lint(options: { sourceDir: string; output?: 'json' | 'text' | 'none'; boring?: boolean }, runOptions: { shouldExitProgram: false }): Promise<LintResult>;
    };
  };
  export default webExt;
}
