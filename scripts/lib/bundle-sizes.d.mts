export const BUDGETS: Readonly<{ content: number; sidepanel: number; background: number }>;
/** A file's size gzipped at level 9, in bytes. */
export function gzipBytes(file: string): number;
/** An HTML entry's gzipped JS: its own scripts plus every chunk they import, each counted once. */
export function pageBytes(dir: string, html: string): number;
/** The three budgeted bundles of a built chrome-mv3 folder, in gzipped bytes. */
export function bundleSizes(chromeDir: string): { content: number; sidepanel: number; background: number };
