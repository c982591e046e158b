import { describe, expect, it } from 'vitest';
import { recruitee } from './recruitee';

const doc = document.implementation.createHTMLDocument('');
const detect = (href: string) => recruitee.detect(new URL(href), doc)?.ids ?? null;

describe('recruitee.detect', () => {
  it.each([
    'https://app.recruitee.com/#/candidates?candidate=33498831',
    'https://app.recruitee.com/#/candidates/?candidate=33498831',
    'https://app.recruitee.com/#/dashboard/overview?candidate=33498831&company=38422',
    'https://app.recruitee.com/#/dashboard/overview?company=38422&candidate=33498831',
    'https://app.recruitee.com/?utm_source=slack#/candidates?candidate=33498831',
  ])('%s', (href) => {
    expect(detect(href)).toEqual([{ key: 'candidateId', value: '33498831' }]);
  });

  it.each([
    'https://app.recruitee.com/',
    'https://app.recruitee.com/#/candidates',
    'https://app.recruitee.com/#/candidates?page=2',
    'https://app.recruitee.com/#/candidates?candidate=',
    'https://app.recruitee.com/#/candidates?candidate=abc',
    'https://app.recruitee.com/#/candidatesearch?candidate=33498831',
    'https://app.recruitee.com/#/dashboard/overview?company=38422',
    'https://app.recruitee.com/#/offers/mobile-app-developer-remote/pipeline',
    'https://app.recruitee.com/#/settings/api_tokens',
    'https://app.recruitee.com/candidates?candidate=33498831',
  ])('%s is not a profile', (href) => {
    expect(detect(href)).toBeNull();
  });
});
