import { describe, expect, it } from 'vitest';
import { detectPage } from '../content/detect-page';
import { lever } from './lever';

const O = '8f1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b';
const doc = document.implementation.createHTMLDocument('');
const detect = (href: string) => detectPage(new URL(href), doc)?.ids ?? null;

describe('lever', () => {
  it.each([
    `https://hire.lever.co/candidates/${O}`,
    `https://hire.lever.co/candidates/${O}/feedback`,
    `https://hire.eu.lever.co/candidates/${O}`,
    `https://hire.sandbox.lever.co/candidates/${O.toUpperCase()}`,
  ])('%s', (href) => {
    expect(detect(href)).toEqual([{ key: 'opportunityId', value: O }]);
  });

  it.each([
    'https://hire.lever.co/candidates?stage=lead-new',
    `https://hire.lever.co/interviews/${O}`,
    `https://hire.eu.lever.co/interviews/${O}`,
    `https://jobs.lever.co/acme/${O}`,
    `https://jobs.eu.lever.co/acme/${O}`,
  ])('%s is not a profile', (href) => {
    expect(detect(href)).toBeNull();
  });

  it('holds the EU data centre among its hosts', () => {
    expect(lever.matches).toContain('https://hire.eu.lever.co/*');
  });
});
