import { describe, expect, it } from 'vitest';
import { ashby } from './ashby';
import { matchesPattern } from './match-pattern';

const C = '3f2b1c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const A = 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f';
const doc = document.implementation.createHTMLDocument('');
const detect = (href: string) => ashby.detect(new URL(href), doc)?.ids ?? null;

describe('ashby.detect', () => {
  it.each([
    [`https://app.ashbyhq.com/candidates/${C}`, []],
    [`https://app.ashbyhq.com/candidates/${C.toUpperCase()}/`, []],
    [`https://app.ashbyhq.com/candidates/${C}/feed`, []],
    [`https://app.ashbyhq.com/candidates/${C}/applications/${A}/feed`, [A]],
    [`https://app.ashbyhq.com/candidate-searches/new/right-side/candidates/${C}/applications/${A}/feed`, [A]],
    [`https://app.ashbyhq.com/candidate-searches/new/right-side/candidates/${C}`, []],
    [`https://app.ashbyhq.com/candidates/pipeline/active/right-side/candidates/${C}/applications/${A}/feed`, [A]],
    [`https://app.ashbyhq.com/candidates/pipeline/application-review/right-side/candidates/${C}/applications/${A}/feed`, [A]],
  ])('%s', (href, application) => {
    expect(detect(href)).toEqual([...application.map((value) => ({ key: 'applicationId', value })), { key: 'candidateId', value: C }]);
  });

  it.each([
    'https://app.ashbyhq.com/candidates',
    'https://app.ashbyhq.com/candidates/pipeline',
    'https://app.ashbyhq.com/candidates/pipeline/active',
    'https://app.ashbyhq.com/candidates/pipeline/active/right-side',
    `https://app.ashbyhq.com/candidates/${C.slice(0, -1)}`,
    `https://app.ashbyhq.com/candidates/${C}/applications/not-a-uuid`,
    `https://app.ashbyhq.com/candidates/${C}/feed/extra`,
    'https://app.ashbyhq.com/candidate-searches/new',
    `https://app.ashbyhq.com/jobs/${A}`,
    `https://app.ashbyhq.com/admin/candidates/${C}`,
  ])('%s is not a profile', (href) => {
    expect(detect(href)).toBeNull();
  });

  it('runs on the recruiter app only, not on the public job boards', () => {
    const runsOn = (href: string) => ashby.matches.some((pattern) => matchesPattern(pattern, href));
    expect(runsOn(`https://app.ashbyhq.com/candidates/${C}`)).toBe(true);
    expect(runsOn(`https://jobs.ashbyhq.com/examplecorp/${C}`)).toBe(false);
  });
});
