import { describe, expect, it } from 'vitest';
import { bamboohr } from './bamboohr';
import { matchesPattern } from './match-pattern';

const doc = document.implementation.createHTMLDocument('');
const detect = (href: string) => bamboohr.detect(new URL(href), doc)?.ids ?? null;

describe('bamboohr.detect', () => {
  it.each([
    'https://examplecorp.bamboohr.com/hiring/candidates/14653',
    'https://examplecorp.bamboohr.com/hiring/candidates/14653/',
    'https://examplecorp.bamboohr.com/hiring/candidates/14653?list_type=jobs#ats-comments',
    'https://other-account.bamboohr.com/hiring/candidates/14653?list_type=talent_pools',
  ])('%s', (href) => {
    expect(detect(href)).toEqual([{ key: 'candidateId', value: '14653' }]);
  });

  it.each([
    'https://examplecorp.bamboohr.com/hiring/candidates',
    'https://examplecorp.bamboohr.com/hiring/candidates?offset=0&limit=2000&sortOrder=DESC',
    'https://examplecorp.bamboohr.com/hiring/candidates/new',
    'https://examplecorp.bamboohr.com/hiring/candidates/14653abc',
    'https://examplecorp.bamboohr.com/hiring/jobs/53',
    'https://examplecorp.bamboohr.com/hiring/talent-pools/4',
  ])('%s is not a profile', (href) => {
    expect(detect(href)).toBeNull();
  });

  it('runs on hiring pages only, not on HR records or careers pages', () => {
    const runsOn = (href: string) => bamboohr.matches.some((pattern) => matchesPattern(pattern, href));
    expect(runsOn('https://examplecorp.bamboohr.com/hiring/candidates/14653')).toBe(true);
    expect(runsOn('https://examplecorp.bamboohr.com/employees/employee.php?id=14653')).toBe(false);
    expect(runsOn('https://examplecorp.bamboohr.com/careers/53')).toBe(false);
  });
});
