import { describe, expect, it } from 'vitest';
import { matchesPattern } from './match-pattern';
import { workable } from './workable';

const doc = document.implementation.createHTMLDocument('');
const detect = (href: string) => workable.detect(new URL(href), doc)?.ids ?? null;

describe('workable.detect', () => {
  it.each([
    'https://examplecorp.workable.com/backend/jobs/4087255/candidates/370680602',
    'https://examplecorp.workable.com/backend/jobs/7FE1AB41FC/candidates/370680602/',
    'https://examplecorp.workable.com/backend/jobs/4087255/browser/applied/candidate/370680602',
    'https://other-account.workable.com/backend/jobs/4087255/browser/2nd-interview/candidate/370680602?tab=timeline',
  ])('%s', (href) => {
    expect(detect(href)).toEqual([{ key: 'candidateId', value: '370680602' }]);
  });

  it.each([
    ['https://examplecorp.workable.com/backend/jobs/379AA16E8F/candidates/8f2c1e9a7b', '8f2c1e9a7b'],
    ['https://examplecorp.workable.com/backend/jobs/4087255/candidates/ce4da98', 'ce4da98'],
    ['https://examplecorp.workable.com/backend/jobs/379AA16E8F/browser/applied/candidate/8F2C1E9A7B', '8f2c1e9a7b'],
  ])('%s (hex candidate id, as public examples show)', (href, id) => {
    expect(detect(href)).toEqual([{ key: 'candidateId', value: id }]);
  });

  it.each([
    'https://examplecorp.workable.com/backend/jobs/4087255',
    'https://examplecorp.workable.com/backend/jobs/4087255/candidates',
    'https://examplecorp.workable.com/backend/jobs/4087255/candidates/new',
    'https://examplecorp.workable.com/backend/jobs/4087255/candidates/deadbeef-cafe',
    'https://examplecorp.workable.com/backend/jobs/4087255/candidates/face',
    'https://examplecorp.workable.com/backend/jobs/4087255/browser/applied',
    'https://examplecorp.workable.com/backend/jobs/4087255/browser/applied/candidate/abc',
    'https://examplecorp.workable.com/backend/jobs/4087255/candidates/370680602/compare/370680603',
    'https://examplecorp.workable.com/backend/settings/integrations',
  ])('%s is not a profile', (href) => {
    expect(detect(href)).toBeNull();
  });

  it('runs on the recruiter backend only, not on careers pages', () => {
    const runsOn = (href: string) => workable.matches.some((pattern) => matchesPattern(pattern, href));
    expect(runsOn('https://examplecorp.workable.com/backend/jobs/4087255/candidates/370680602')).toBe(true);
    expect(runsOn('https://examplecorp.workable.com/')).toBe(false);
    expect(runsOn('https://apply.workable.com/examplecorp/j/7FE1AB41FC/')).toBe(false);
  });
});
