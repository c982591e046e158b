// @vitest-environment node
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const shipped = ['entrypoints', 'components', 'utils'].flatMap((dir) => sourceFiles(join(root, dir)));

describe('the API key stays in the background', () => {
  it('is imported only by background modules', () => {
    const importers = shipped.filter((file) => /from '[./]*(?:background\/)?secret'/.test(readFileSync(file, 'utf8'))).map((file) => relative(root, file));
    expect(importers.length).toBeGreaterThan(0);
    for (const file of importers) expect(file).toMatch(/^utils\/background\//);
  });

  it('is never written to a log', () => {
    for (const file of shipped) {
      const text = readFileSync(file, 'utf8');
      expect(text, relative(root, file)).not.toMatch(/console\.\w+\([^)]*apiKey/);
    }
  });

  it('has no other route out: the storage key name appears only in the secret module', () => {
    const users = shipped.filter((file) => readFileSync(file, 'utf8').includes("'local:apiKey'")).map((file) => relative(root, file));
    expect(users).toEqual(['utils/background/secret.ts']);
  });

  it("reads the organisation's policy, which may hold a key, only in background modules", () => {
    const readers = shipped.filter((file) => /storage\.managed|['"]managed['"]/.test(readFileSync(file, 'utf8'))).map((file) => relative(root, file));
    expect(readers.length).toBeGreaterThan(0);
    for (const file of readers) expect(file).toMatch(/^utils\/background\//);
  });

  it("lives in the extension origin's IndexedDB, reached only through the secret module", () => {
    const store = shipped.filter((file) => /from '[./]*(?:background\/)?idb-secret'/.test(readFileSync(file, 'utf8'))).map((file) => relative(root, file));
    expect(store).toEqual(['utils/background/secret.ts']);
    const opensDb = shipped.filter((file) => /indexedDB\.open/.test(readFileSync(file, 'utf8'))).map((file) => relative(root, file));
    expect(opensDb).toEqual(['utils/background/idb-secret.ts']);
    // storage.local (readable by Firefox content scripts) gets the key only to move it out.
    expect(readFileSync(join(root, 'utils/background/secret.ts'), 'utf8')).not.toMatch(/legacyKeyItem\.setValue/);
  });
});
