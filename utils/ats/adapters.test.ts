import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectPage } from '../content/detect-page';
import { loadFixtures } from './fixtures';
import { adapters } from './index';
import { ATS_SHAPES } from './shapes';
import { coversUrl, matchesPattern } from './match-pattern';
import { ATS_EXCLUDE_MATCHES, ATS_HOST_PERMISSIONS, ATS_MATCHES } from './matches';

const NOT_ADAPTERS = new Set(['shapes', 'index', 'types', 'matches', 'match-pattern', 'xobin-links', 'fixtures', 'profile-email', 'profile-name']);

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
      expect(ATS_SHAPES[adapter.id]?.length, `${adapter.id} shapes`).toBeGreaterThan(0);
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
    // A name only where the page shows it where the real ATS does: elsewhere none, never a guess.
    expect(detection?.name).toBe(expected.name);
  });
});

describe('every adapter has positive and negative fixtures on its own hosts', () => {
  const fixtures = loadFixtures();
  it.each(adapters.map((adapter) => [adapter.id]))('%s', (id) => {
    const mine = fixtures.filter((fixture) => fixture.file.startsWith(`${id}-`));
    expect(
      mine.some((fixture) => fixture.expect !== null),
      'a profile fixture',
    ).toBe(true);
    expect(
      mine.some((fixture) => fixture.expect === null),
      'a not-a-profile fixture',
    ).toBe(true);
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
    'https://boards.eu.greenhouse.io/acme/jobs/4012345002',
    'https://job-boards.greenhouse.io/acme/jobs/4012345002',
    'https://job-boards.eu.greenhouse.io/acme/jobs/4012345002',
    'https://my.greenhouse.io/applications',
    'https://api.greenhouse.io/v1/boards/acme/jobs',
    'https://harvest.greenhouse.io/v1/candidates/4012345002',
    'https://www.greenhouse.io/',
    'https://jobs.lever.co/acme/8f1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b',
    'https://jobs.ashbyhq.com/acme/3f2b1c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
    'https://jobs.smartrecruiters.com/Acme/743999999999999-backend-engineer',
    'https://careers.smartrecruiters.com/Acme',
    'https://acme.recruitee.com/o/backend-engineer',
    'https://acme.teamtailor.com/jobs/1234567-backend-engineer',
    'https://acme.applytojob.com/apply/abc123/Backend-Engineer',
    'https://acme.pinpointhq.com/en/postings/3b1f0c2e-5d6a-4e7b-8c9d-0a1b2c3d4e5f',
    'https://acme.keka.com/careers/jobdetails/51201',
    'https://www.keka.com/',
    'https://acme.taleo.net/careersection/2/jobdetail.ftl?job=300456',
  ];
  // What the browser does with content_scripts.matches and exclude_matches.
  const injects = (href: string) =>
    ATS_MATCHES.some((pattern) => matchesPattern(pattern, href)) && !ATS_EXCLUDE_MATCHES.some((pattern) => matchesPattern(pattern, href));

  it.each(PUBLIC)('neither injects into, nor counts as an ATS page, nor is recognised: %s', (href) => {
    expect(injects(href)).toBe(false);
    expect(adapters.some((adapter) => coversUrl(adapter, href))).toBe(false);
    expect(detectPage(new URL(href), parse('<main></main>'))).toBeNull();
  });

  // A host permission has no path and cannot leave subdomains out: where the public pages share the
  // app's host or wildcard (Greenhouse company subdomains, Workable/BambooHR/Pinpoint/Keka accounts,
  // Taleo zones), the content script's paths and exclude_matches and coversUrl keep us off them.
  // Public sites on hosts of their own hold no permission at all.
  const SHARED_HOST = /\.(greenhouse\.io|pinpointhq\.com|keka\.com|taleo\.net)$/;
  it.each(PUBLIC.filter((href) => !SHARED_HOST.test(new URL(href).hostname)))('holds no host permission for %s', (href) => {
    expect(ATS_HOST_PERMISSIONS.some((pattern) => matchesPattern(pattern, href))).toBe(false);
  });

  it('injects into company Greenhouse subdomains and the EU data centre', () => {
    for (const href of [
      'https://acme.greenhouse.io/people/4012345002',
      'https://app.eu.greenhouse.io/people/4012345002',
      'https://app.greenhouse.io/people/4012345002',
    ]) {
      expect(injects(href), href).toBe(true);
    }
  });

  it('host permissions are the adapters’ hosts as origins (a host permission has no path)', () => {
    expect(ATS_HOST_PERMISSIONS).toContain('https://*.workable.com/*');
    for (const pattern of ATS_HOST_PERMISSIONS) expect(pattern).toMatch(/^https:\/\/[^/]+\/\*$/);
    for (const fixture of loadFixtures()) {
      if (!fixture.expect) continue;
      expect(
        ATS_HOST_PERMISSIONS.some((pattern) => matchesPattern(pattern, fixture.url)),
        fixture.file,
      ).toBe(true);
      expect(injects(fixture.url), fixture.file).toBe(true);
    }
  });
});
