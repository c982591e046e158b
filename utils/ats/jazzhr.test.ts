import { describe, expect, it } from 'vitest';
import { jazzhr } from './jazzhr';

const doc = document.implementation.createHTMLDocument('');
const detect = (href: string) => jazzhr.detect(new URL(href), doc)?.ids ?? null;

describe('jazzhr.detect', () => {
  it.each([
    'https://app.jazz.co/app/v2/job/6681273/candidate/240182807/profile',
    'https://app.jazz.co/app/v2/job/6681273/candidate/240182807/profile/',
    'https://app.jazz.co/app/v2/job/6681273/candidate/240182807',
    'https://app.jazz.co/app/v2/job/6681273/candidate/240182807/activity?tab=notes',
  ])('%s', (href) => {
    expect(detect(href)).toEqual([{ key: 'candidateId', value: '240182807' }]);
  });

  it.each([
    'https://app.jazz.co/app/v2/job/6681273/candidate?workflowStep=1',
    'https://app.jazz.co/app/v2/job/6681273',
    'https://app.jazz.co/app/v2/job/create',
    'https://app.jazz.co/app/v2/job/abc/candidate/240182807/profile',
    'https://app.jazz.co/app/v2/job/6681273/candidate/new/profile',
    'https://app.jazz.co/app/v2/job/6681273/candidate/240182807/profile/edit',
    'https://app.jazz.co/app/v2/login?redirect=https:~2F~2Fapp.jazz.co~2Fapp~2Fv2~2Fjob~2F6681273~2Fcandidate~2F240182807~2Fprofile',
  ])('%s is not a profile', (href) => {
    expect(detect(href)).toBeNull();
  });
});
