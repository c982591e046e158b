import { describe, expect, it } from 'vitest';
import { ruleAdapter } from '../rules';
import { detectPage } from './detect-page';

const host = 'ats.acme-hiring.example';
const old = ruleAdapter({ id: 'acme', name: 'Acme Hiring', host, urlPattern: '/talent/(?<candidateId>\\d+)', template: 'ACME-{candidateId}' });
// What "Why no report?" drafts for the ATS's new profile address, next to the rule already there.
const redesign = ruleAdapter({
  id: 'acmev2',
  name: 'Acme Hiring (v2)',
  host,
  urlPattern: '/v2/people/(?<personId>\\d+)/overview(?:[/?#]|$)',
  template: 'ACME-{personId}',
});
const blank = document.implementation.createHTMLDocument('');

describe('detectPage with two rules on one host', () => {
  it('asks the next rule when the first does not read the page', () => {
    expect(detectPage(new URL(`https://${host}/v2/people/77123/overview`), blank, [old, redesign])).toMatchObject({
      ats: 'custom-acmev2',
      ids: [{ key: 'personId', value: '77123' }],
    });
    expect(detectPage(new URL(`https://${host}/talent/77123`), blank, [old, redesign])).toMatchObject({ ats: 'custom-acme' });
    expect(detectPage(new URL(`https://${host}/jobs`), blank, [old, redesign])).toBeNull();
  });
});
