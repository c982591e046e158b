import JSZip from 'jszip';

// What the stores check in an uploaded package, as plain functions over the zip's files, so
// tests/store.test.ts reads like the reviewers' checklist and store-checks.test.ts proves each check
// can fail.

export type Files = Map<string, Buffer>;

export async function readZip(bytes: Buffer): Promise<Files> {
  const zip = await JSZip.loadAsync(bytes);
  const files: Files = new Map();
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) files.set(entry.name, await entry.async('nodebuffer'));
  }
  return files;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height of a PNG from its IHDR chunk; null when the bytes are not a PNG. */
export function pngSize(bytes: Buffer | undefined): { width: number; height: number } | null {
  if (!bytes || bytes.length < 24 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return null;
  if (bytes.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** `__MSG_key__` resolved through the default locale, as the stores show it. */
export function localized(files: Files, manifest: { default_locale?: string }, value: string): string {
  const match = /^__MSG_(\w+)__$/.exec(value);
  if (!match) return value;
  const messages = JSON.parse(files.get(`_locales/${manifest.default_locale}/messages.json`)?.toString('utf8') ?? '{}');
  const message = messages[match[1] as string]?.message;
  if (typeof message !== 'string') throw new Error(`No message ${match[1]} in the default locale`);
  return message;
}

// Code that runs something the package does not contain, or evaluates strings: Chrome Web Store's
// "remote hosted code" rule and AMO's review both reject it.
const REMOTE_CODE_IN_JS: [RegExp, string][] = [
  [/\beval\s*\(/, 'eval()'],
  [/\bnew\s+Function\s*\(/, 'new Function()'],
  [/\bimportScripts\s*\(/, 'importScripts()'],
  [/\bimport\s*\(\s*[`'"](?:https?:)?\/\//, 'import() of a URL'],
  [/\b(?:import|from)\s*[`'"](?:https?:)?\/\//, 'static import of a URL'],
  [/createElement\s*\(\s*[`'"]script[`'"]/, 'a script element created at run time'],
  [/\bset(?:Timeout|Interval)\s*\(\s*[`'"]/, 'a timer with a code string'],
];
const REMOTE_CODE_IN_HTML: [RegExp, string][] = [
  [/<script\b[^>]*\bsrc\s*=\s*["']?(?:https?:)?\/\//i, 'a script loaded from a URL'],
  [/<script\b(?![^>]*\bsrc\s*=)[^>]*>/i, 'an inline script'],
];

/** "file: what" for every place a package could run code that is not in it. Empty = clean. */
export function remoteCodeFindings(files: Files): string[] {
  const findings: string[] = [];
  for (const [name, bytes] of files) {
    const rules = /\.m?js$/.test(name) ? REMOTE_CODE_IN_JS : name.endsWith('.html') ? REMOTE_CODE_IN_HTML : [];
    const text = rules.length > 0 ? bytes.toString('utf8') : '';
    for (const [pattern, what] of rules) if (pattern.test(text)) findings.push(`${name}: ${what}`);
  }
  return findings;
}

/** Source maps shipped by accident: .map files or sourceMappingURL comments pointing at them. */
export function sourceMapFindings(files: Files): string[] {
  const findings: string[] = [];
  for (const [name, bytes] of files) {
    if (name.endsWith('.map')) findings.push(name);
    else if (/\.(m?js|css)$/.test(name) && /[#@]\s*sourceMappingURL=/.test(bytes.toString('utf8'))) findings.push(`${name}: sourceMappingURL`);
  }
  return findings;
}

/** Rows of a Markdown table whose first cell is a `CODE` in backticks. */
export function documentedCodes(markdown: string): string[] {
  return [...markdown.matchAll(/^\|\s*`([A-Z][A-Z0-9_]+)`\s*\|/gm)].map((match) => match[1] as string);
}

/** The Firefox data-collection categories PRIVACY.md declares, from its "required:" line. */
export function declaredDataCollection(privacy: string): string[] {
  const line = /^\*\*Firefox data collection \(required\):\*\*(.*)$/m.exec(privacy)?.[1] ?? '';
  return [...line.matchAll(/`(\w+)`/g)].map((match) => match[1] as string);
}

/** Names of files that differ between two packages (missing on either side, or other bytes). */
export function differences(a: Files, b: Files): string[] {
  const names = new Set([...a.keys(), ...b.keys()]);
  return [...names].filter((name) => !a.get(name)?.equals(b.get(name) ?? Buffer.alloc(0)) || !b.has(name)).sort();
}
