import { describe, expect, it } from 'vitest';
import { detectPage } from '../content/detect-page';
import { greenhouse } from './greenhouse';
import { coversUrl } from './match-pattern';

const doc = document.implementation.createHTMLDocument('');
const detect = (href: string) => greenhouse.detect(new URL(href), doc)?.ids ?? null;
const both = (applicationId: string, personId: string) => [
  { key: 'applicationId', value: applicationId },
  { key: 'personId', value: personId },
];

describe('greenhouse.detect', () => {
  it.each([
    ['https://app.greenhouse.io/people/4012345002?application_id=5123456002', both('5123456002', '4012345002')],
    ['https://app.greenhouse.io/people/4012345002/applications/5123456002', both('5123456002', '4012345002')],
    ['https://app.greenhouse.io/people/4012345002/applications/5123456002/redesign?src=search', both('5123456002', '4012345002')],
    ['https://app.greenhouse.io/guides/7012345001/people/4012345002?application_id=5123456002', both('5123456002', '4012345002')],
    ['https://app.greenhouse.io/people/4012345002?application_id= 265277', both('265277', '4012345002')],
    ['https://app.greenhouse.io/people/4012345002?application_id=%20265277', both('265277', '4012345002')],
    ['https://app.greenhouse.io/guides/7012345001/people/4012345002', [{ key: 'personId', value: '4012345002' }]],
    ['https://app.greenhouse.io/people/4012345002', [{ key: 'personId', value: '4012345002' }]],
  ])('%s', (href, ids) => {
    expect(detect(href)).toEqual(ids);
  });

  it.each([
    'https://app.greenhouse.io/people',
    'https://app.greenhouse.io/people/new',
    'https://app.greenhouse.io/plans/4000123002/candidates?page=2',
    'https://app.greenhouse.io/guides/7012345001',
    'https://app.greenhouse.io/people/4012345002/applications/5123456002/scorecards',
    'https://app.greenhouse.io/people/4012345002/applications/abc/redesign',
    'https://app.greenhouse.io/interviews/7012345001',
  ])('%s is not a profile', (href) => {
    expect(detect(href)).toBeNull();
  });
});

describe('greenhouse hosts', () => {
  it.each(['https://app.greenhouse.io', 'https://app.eu.greenhouse.io', 'https://acme.greenhouse.io', 'https://canonical.greenhouse.io'])(
    'reads profiles on %s (a company subdomain too)',
    (origin) => {
      expect(detectPage(new URL(`${origin}/people/4012345002/applications/5123456002/redesign?src=search`), doc)?.ids).toEqual(
        both('5123456002', '4012345002'),
      );
    },
  );

  // Even a /people path there is not a recruiter's profile: job boards, candidates' MyGreenhouse, the APIs.
  it.each(['boards', 'boards.eu', 'job-boards', 'job-boards.eu', 'my', 'api', 'harvest', 'www'])('never runs on %s.greenhouse.io', (sub) => {
    const href = `https://${sub}.greenhouse.io/people/4012345002?application_id=5123456002`;
    expect(coversUrl(greenhouse, href)).toBe(false);
    expect(detectPage(new URL(href), doc)).toBeNull();
  });
});
