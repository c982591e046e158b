import { describe, expect, it } from 'vitest';
import { teamtailor } from './teamtailor';

const doc = document.implementation.createHTMLDocument('');
const detect = (href: string) => teamtailor.detect(new URL(href), doc)?.ids ?? null;

describe('teamtailor.detect', () => {
  it.each([
    'https://app.teamtailor.com/companies/4iW4IlfJytM/candidates/1234567',
    'https://app.teamtailor.com/companies/4iW4IlfJytM/candidates/1234567/',
    'https://app.teamtailor.com/companies/X@eu/candidates/segment/all/candidate/1234567',
    'https://app.teamtailor.com/companies/X%40eu/candidates/segment/all/candidate/1234567',
    'https://app.teamtailor.com/companies/Epgs55TVBkQ/candidates/segment/my-pool/candidate/1234567',
  ])('%s', (href) => {
    expect(detect(href)).toEqual([{ key: 'candidateId', value: '1234567' }]);
  });

  it.each([
    'https://app.teamtailor.com/companies/X@eu/candidates/segment/all',
    'https://app.teamtailor.com/companies/X@eu/candidates/segment/all?q=eyJ0eXBlIjoiYWxsIn0=',
    'https://app.teamtailor.com/companies/X@eu/candidates/segment/all/candidate/abc',
    'https://app.teamtailor.com/companies/X@eu/candidates/new',
    'https://app.teamtailor.com/companies/X@eu/jobs/456/candidates',
    'https://app.teamtailor.com/companies/x/dashboard',
    'https://app.teamtailor.com/candidates/1234567',
  ])('%s is not a profile', (href) => {
    expect(detect(href)).toBeNull();
  });
});
