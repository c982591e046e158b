import { describe, expect, it } from 'vitest';
import { matchesPattern } from './match-pattern';
import { zohoRecruit } from './zoho-recruit';

const ID = '393718000000123456';
const doc = document.implementation.createHTMLDocument('');
const detect = (href: string) => zohoRecruit.detect(new URL(href), doc)?.ids ?? null;

describe('zohoRecruit.detect', () => {
  it.each([
    `https://recruit.zoho.com/recruit/org4314466/EntityInfo.do?module=Candidates&id=${ID}`,
    `https://recruit.zoho.eu/recruit/org20065965611/EntityInfo.do?id=${ID}&module=Candidates&submodule=Candidates`,
    `https://recruit.zoho.in/recruit/EntityInfo.do?module=Candidates&id=${ID}`,
    `https://recruit.zoho.in/recruit/org60012345/tab/Candidates/${ID}`,
    `https://recruit.zoho.com.au/recruit/org7001/tab/Candidates/${ID}/`,
  ])('%s', (href) => {
    expect(detect(href)).toEqual([{ key: 'candidateId', value: ID }]);
  });

  it.each([
    'https://recruit.zoho.com/recruit/org4314466/ShowTab.do?module=Candidates',
    'https://recruit.zoho.com/recruit/org4314466/ImportParser.do?module=Candidates&type=importfromdocument',
    `https://recruit.zoho.com/recruit/org4314466/EntityInfo.do?module=JobOpenings&id=${ID}`,
    `https://recruit.zoho.com/recruit/org4314466/EntityInfo.do?module=Contacts&id=${ID}`,
    'https://recruit.zoho.com/recruit/org4314466/EntityInfo.do?module=Candidates',
    'https://recruit.zoho.com/recruit/org4314466/EntityInfo.do?module=Candidates&id=abc',
    'https://recruit.zoho.com/recruit/org4314466/tab/Candidates',
    `https://recruit.zoho.com/recruit/org4314466/tab/JobOpenings/${ID}`,
    `https://recruit.zoho.com/recruit/orgX/tab/Candidates/${ID}`,
  ])('%s is not a profile', (href) => {
    expect(detect(href)).toBeNull();
  });

  // 18-digit ids are past Number.MAX_SAFE_INTEGER: read as a number, ...161 would become ...160.
  it.each(['393718000000112161', '393718000000112160', '000000000000000001'])('keeps the id %s exactly as written', (id) => {
    expect(detect(`https://recruit.zoho.com/recruit/org4314466/EntityInfo.do?module=Candidates&id=${id}`)).toEqual([{ key: 'candidateId', value: id }]);
    expect(detect(`https://recruit.zoho.eu/recruit/org20065901/tab/Candidates/${id}`)).toEqual([{ key: 'candidateId', value: id }]);
  });

  it('runs on the Recruit app of each supported data centre only', () => {
    const runsOn = (href: string) => zohoRecruit.matches.some((pattern) => matchesPattern(pattern, href));
    for (const tld of ['com', 'eu', 'in', 'com.au', 'jp']) expect(runsOn(`https://recruit.zoho.${tld}/recruit/org1/tab/Candidates/${ID}`), tld).toBe(true);
    expect(runsOn('https://www.zoho.com/recruit/')).toBe(false);
    expect(runsOn('https://recruit.zoho.com.evil.example/recruit/org1/tab/Candidates/1')).toBe(false);
  });
});
