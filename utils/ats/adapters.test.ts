import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectPage } from '../content/detect-page';
import { loadFixtures } from './fixtures';
import { adapters } from './index';
import { matchesPattern } from './match-pattern';
import { ATS_HOST_PERMISSIONS, ATS_MATCHES } from './matches';

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
    if (expected.email) expect(detection?.emails).toContain(expected.email);
    if (expected.emails) expect(detection?.emails ?? []).toEqual(expected.emails);
    for (const other of expected.notEmails ?? []) expect(detection?.emails ?? []).not.toContain(other);
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

describe("the profile's emails are the candidate's part of the page, never the recruiter's or a colleague's", () => {
  const fixtures = loadFixtures();
  const mailtos = (html: string) => [...html.matchAll(/href="mailto:([^"?]+)/gi)].map((match) => match[1]!.toLowerCase());
  it.each(adapters.map((adapter) => [adapter.id]))('%s: the recruiter in the top bar and a colleague in a note are left out', (id) => {
    const decoyed = fixtures.filter((f) => f.file.startsWith(`${id}-`) && f.expect?.email && mailtos(f.html).some((address) => address !== f.expect!.email));
    expect(decoyed.length, 'a profile fixture with other addresses than the candidate').toBeGreaterThan(0);
    for (const fixture of decoyed) {
      const emails = detectPage(new URL(fixture.url), parse(fixture.html))?.emails ?? [];
      expect(emails, fixture.file).toContain(fixture.expect!.email);
      for (const other of mailtos(fixture.html).filter((address) => address !== fixture.expect!.email)) expect(emails, fixture.file).not.toContain(other);
    }
  });

  it('a profile without an address of its own has none, even with a mailto: in a note', () => {
    const bare = fixtures.filter((f) => f.expect && !f.expect.email && mailtos(f.html).length > 0);
    expect(bare.map((f) => f.file)).toEqual(expect.arrayContaining(['bamboohr-candidate-talent-pool.html', 'jazzhr-candidate-profile-2.html']));
    for (const fixture of bare) expect(detectPage(new URL(fixture.url), parse(fixture.html))?.emails, fixture.file).toBeUndefined();
  });
});

describe('least privilege: candidate app hosts only', () => {
  // Public job boards and candidate-facing sites of the same vendors: nothing of ours belongs there.
  const PUBLIC = [
    'https://boards.greenhouse.io/acme/jobs/4012345002',
    'https://job-boards.greenhouse.io/acme/jobs/4012345002',
    'https://my.greenhouse.io/applications',
    'https://jobs.lever.co/acme/8f1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b',
    'https://jobs.ashbyhq.com/acme/3f2b1c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
    'https://jobs.smartrecruiters.com/Acme/743999999999999-backend-engineer',
    'https://careers.smartrecruiters.com/Acme',
    'https://acme.recruitee.com/o/backend-engineer',
    'https://acme.teamtailor.com/jobs/1234567-backend-engineer',
    'https://acme.applytojob.com/apply/abc123/Backend-Engineer',
  ];
  it.each(PUBLIC)('neither injects into nor holds a host permission for %s', (href) => {
    expect(ATS_MATCHES.some((pattern) => matchesPattern(pattern, href))).toBe(false);
    expect(ATS_HOST_PERMISSIONS.some((pattern) => matchesPattern(pattern, href))).toBe(false);
  });

  it('host permissions are the adapters’ hosts as origins (a host permission has no path)', () => {
    expect(ATS_HOST_PERMISSIONS).toContain('https://*.workable.com/*');
    for (const pattern of ATS_HOST_PERMISSIONS) expect(pattern).toMatch(/^https:\/\/[^/]+\/\*$/);
    for (const fixture of loadFixtures()) {
      if (fixture.expect) expect(ATS_HOST_PERMISSIONS.some((pattern) => matchesPattern(pattern, fixture.url)), fixture.file).toBe(true);
    }
  });
});
