import { describe, expect, it } from 'vitest';
import { matchesPattern } from './match-pattern';
import { smartrecruiters } from './smartrecruiters';

const ID = '0e6b06f7-b56c-4507-8da1-9567a7bf6d24';
const doc = document.implementation.createHTMLDocument('');
const detect = (href: string) => smartrecruiters.detect(new URL(href), doc)?.ids ?? null;

describe('smartrecruiters.detect', () => {
  it.each([
    `https://www.smartrecruiters.com/app/people/candidates/${ID}`,
    `https://www.smartrecruiters.com/app/people/candidates/${ID.toUpperCase()}/`,
    `https://www.smartrecruiters.com/app/people/${ID}`,
    `https://www.smartrecruiters.com/app/people/${ID}/messages`,
    `https://www.smartrecruiters.com/app/people/profile/${ID}`,
  ])('%s', (href) => {
    expect(detect(href)).toEqual([{ key: 'candidateId', value: ID }]);
  });

  it.each([`https://www.smartrecruiters.com/app/people/applications/${ID}`, `https://www.smartrecruiters.com/app/people/applications/${ID.toUpperCase()}/`])(
    '%s: the application id',
    (href) => {
      expect(detect(href)).toEqual([{ key: 'applicationId', value: ID }]);
    },
  );

  it.each([
    'https://www.smartrecruiters.com/app/people',
    'https://www.smartrecruiters.com/app/people/candidates',
    'https://www.smartrecruiters.com/app/people/candidates/12345',
    'https://www.smartrecruiters.com/app/people/applications',
    'https://www.smartrecruiters.com/app/people/profile/12345',
    `https://www.smartrecruiters.com/app/jobs/${ID}`,
    `https://www.smartrecruiters.com/app/people/candidates/${ID}x`,
  ])('%s is not a profile', (href) => {
    expect(detect(href)).toBeNull();
  });

  it('runs on the recruiter app only, not on the marketing site or job ads', () => {
    const runsOn = (href: string) => smartrecruiters.matches.some((pattern) => matchesPattern(pattern, href));
    expect(runsOn(`https://www.smartrecruiters.com/app/people/candidates/${ID}`)).toBe(true);
    expect(runsOn('https://www.smartrecruiters.com/resources/')).toBe(false);
    expect(runsOn('https://jobs.smartrecruiters.com/ExampleCorp/743999')).toBe(false);
  });
});
