import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectPage } from '../content/detect-page';
import { loadFixtures } from './fixtures';
import { adapters } from './index';

const NOT_ADAPTERS = new Set(['index', 'types', 'matches', 'match-pattern', 'xobin-links', 'fixtures', 'profile-email']);

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('adapter registry', () => {
  it('registers every adapter file exactly once, with ids matching file names', () => {
    const files = readdirSync(import.meta.dirname)
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
      .map((file) => file.replace(/\.ts$/, ''))
      .filter((name) => !NOT_ADAPTERS.has(name))
      .sort();
    expect(adapters.map((adapter) => adapter.id).sort()).toEqual(files);
    expect(new Set(adapters.map((adapter) => adapter.id)).size).toBe(adapters.length);
  });

  it('gives every adapter match patterns, labels for its ids and templates that use them', () => {
    for (const adapter of adapters) {
      expect(adapter.matches.length, adapter.id).toBeGreaterThan(0);
      for (const template of adapter.defaultTemplates) {
        for (const [, key] of template.matchAll(/\{(\w+)\}/g)) expect(adapter.idLabels, `${adapter.id} ${template}`).toHaveProperty(key!);
      }
    }
  });
});

describe.each(loadFixtures())('fixture $file', ({ url, html, expect: expected }) => {
  it(expected ? 'is detected as a profile with the right ids' : 'yields no candidate', () => {
    const detection = detectPage(new URL(url), parse(html));
    if (expected === null) {
      expect(detection).toBeNull();
      return;
    }
    expect(detection?.ids).toEqual(expected.ids);
    expect(detection?.email).toBe(expected.email);
    expect(detection?.responseIds).toEqual(expected.responseIds ?? []);
  });
});

describe('every adapter has positive and negative fixtures on its own hosts', () => {
  const fixtures = loadFixtures();
  it.each(adapters.map((adapter) => [adapter.id]))('%s', (id) => {
    const mine = fixtures.filter((fixture) => fixture.file.startsWith(`${id}-`));
    expect(mine.some((fixture) => fixture.expect !== null), 'a profile fixture').toBe(true);
    expect(mine.some((fixture) => fixture.expect === null), 'a not-a-profile fixture').toBe(true);
  });
});

describe('the profile email comes from the candidate header, never from another mailto: on the page', () => {
  const fixtures = loadFixtures();
  const firstMailto = (html: string) => /href="mailto:([^"?]+)/i.exec(html)?.[1]?.toLowerCase();
  it.each(adapters.map((adapter) => [adapter.id]))('%s: a fixture whose first mailto: is the recruiter still yields the candidate', (id) => {
    const decoyed = fixtures.filter((f) => f.file.startsWith(`${id}-`) && f.expect?.email && firstMailto(f.html) !== f.expect.email);
    expect(decoyed.length, 'a profile fixture with another address before the candidate header').toBeGreaterThan(0);
    for (const fixture of decoyed) expect(detectPage(new URL(fixture.url), parse(fixture.html))?.email).toBe(fixture.expect!.email);
  });

  it('a profile without an address in its header has no email, even with a mailto: in a note', () => {
    const bare = fixtures.filter((f) => f.expect && !f.expect.email && firstMailto(f.html));
    expect(bare.map((f) => f.file)).toEqual(expect.arrayContaining(['bamboohr-candidate-talent-pool.html', 'jazzhr-candidate-profile-2.html']));
    for (const fixture of bare) expect(detectPage(new URL(fixture.url), parse(fixture.html))?.email).toBeUndefined();
  });
});
