// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import {
  declaredDataCollection,
  differences,
  documentedCodes,
  localized,
  pngSize,
  readZip,
  remoteCodeFindings,
  sourceMapFindings,
  type Files,
} from './store-checks';

// The package checks in tests/store.test.ts pass on a clean build; these prove each of them fails on
// the thing it looks for.

const files = (entries: Record<string, string | Buffer>): Files =>
  new Map(Object.entries(entries).map(([name, content]) => [name, Buffer.isBuffer(content) ? content : Buffer.from(content)]));

describe('remote code scan', () => {
  it.each([
    ['eval("1")', 'eval()'],
    ['x = new Function("return 1")', 'new Function()'],
    ['importScripts("https://cdn.example/a.js")', 'importScripts()'],
    ['await import("https://cdn.example/a.js")', 'import() of a URL'],
    ['import x from "https://cdn.example/a.js"', 'static import of a URL'],
    ['document.createElement("script")', 'a script element created at run time'],
    ['setTimeout("alert(1)", 5)', 'a timer with a code string'],
  ])('flags %s', (code, what) => {
    expect(remoteCodeFindings(files({ 'a.js': code }))).toEqual([`a.js: ${what}`]);
  });

  it('flags remote and inline scripts in pages', () => {
    const page = '<script src="https://cdn.example/a.js"></script><script>alert(1)</script>';
    expect(remoteCodeFindings(files({ 'p.html': page }))).toEqual(['p.html: a script loaded from a URL', 'p.html: an inline script']);
  });

  it('lets ordinary bundled code through', () => {
    const code = 'const api={devtools:{inspectedWindow:{eval:{minArgs:1}}}};fetch("https://app.xobin.com/api/v2/x");import("./chunk.js")';
    expect(remoteCodeFindings(files({ 'a.js': code, 'p.html': '<script type="module" src="/chunks/p.js"></script>' }))).toEqual([]);
  });
});

describe('other checks', () => {
  it('finds source maps and their comments', () => {
    expect(sourceMapFindings(files({ 'a.js.map': '{}', 'b.js': 'x\n//# sourceMappingURL=b.js.map', 'c.js': 'x' }))).toEqual([
      'a.js.map',
      'b.js: sourceMappingURL',
    ]);
  });

  it('reads PNG sizes and refuses other bytes', () => {
    const icon = readFileSync(join(import.meta.dirname, '..', 'public', 'icon', '48.png'));
    expect(pngSize(icon)).toEqual({ width: 48, height: 48 });
    expect(pngSize(Buffer.from('GIF89a not a png at all....'))).toBeNull();
    expect(pngSize(undefined)).toBeNull();
  });

  it('resolves __MSG_ names through the default locale', () => {
    const pack = files({ '_locales/en/messages.json': '{"extName":{"message":"Hello"}}' });
    expect(localized(pack, { default_locale: 'en' }, '__MSG_extName__')).toBe('Hello');
    expect(localized(pack, { default_locale: 'en' }, 'Plain')).toBe('Plain');
    expect(() => localized(pack, { default_locale: 'en' }, '__MSG_missing__')).toThrow(/missing/);
  });

  it('reads documented linter codes and the privacy declaration', () => {
    expect(documentedCodes('| Code | Why |\n|---|---|\n| `UNSAFE_VAR_ASSIGNMENT` | Preact |\n| plain | x |')).toEqual(['UNSAFE_VAR_ASSIGNMENT']);
    expect(declaredDataCollection('text\n**Firefox data collection (required):** `websiteContent`, `searchTerms`.\n')).toEqual([
      'websiteContent',
      'searchTerms',
    ]);
  });

  it('names every file that differs between two packages', () => {
    const a = files({ same: 'x', changed: 'a', onlyA: 'x' });
    const b = files({ same: 'x', changed: 'b', onlyB: 'x' });
    expect(differences(a, b)).toEqual(['changed', 'onlyA', 'onlyB']);
  });

  it('reads a zip back into its files', async () => {
    const zip = new JSZip();
    zip.file('dir/a.txt', 'hello');
    const read = await readZip(await zip.generateAsync({ type: 'nodebuffer' }));
    expect([...read.keys()]).toEqual(['dir/a.txt']);
    expect(read.get('dir/a.txt')?.toString()).toBe('hello');
  });
});
