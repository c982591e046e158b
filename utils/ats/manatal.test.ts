import { describe, expect, it } from 'vitest';
import { manatal } from './manatal';

const doc = document.implementation.createHTMLDocument('');
const detect = (href: string) => manatal.detect(new URL(href), doc)?.ids ?? null;

describe('manatal.detect', () => {
  it.each(['https://app.manatal.com/candidates/5060482', 'https://app.manatal.com/candidates/5060482/', 'https://app.manatal.com/candidates/5060482?tab=more'])(
    '%s',
    (href) => {
      expect(detect(href)).toEqual([{ key: 'candidateId', value: '5060482' }]);
    },
  );

  it.each([
    'https://app.manatal.com/candidates',
    'https://app.manatal.com/candidates?page=2',
    'https://app.manatal.com/candidates/new',
    'https://app.manatal.com/candidates/5060482abc',
    'https://app.manatal.com/jobs/123401',
    'https://app.manatal.com/settings/integrations',
  ])('%s is not a profile', (href) => {
    expect(detect(href)).toBeNull();
  });
});
