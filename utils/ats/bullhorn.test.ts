import { describe, expect, it } from 'vitest';
import { bullhorn } from './bullhorn';

const doc = document.implementation.createHTMLDocument('');
const detect = (href: string) => bullhorn.detect(new URL(href), doc)?.ids ?? null;

describe('bullhorn.detect', () => {
  it.each([
    'https://cls91.bullhornstaffing.com/BullhornSTAFFING/OpenWindow.cfm?Entity=Candidate&id=14156',
    'https://cls22.bullhornstaffing.com/BullhornStaffing/OpenWindow.cfm?id=14156&entity=Candidate&View=Overview',
    'https://cls5.bullhornstaffing.com/BullhornSTAFFING/OpenWindow.cfm?ENTITY=CANDIDATE&ID=14156',
    'https://app.bullhornstaffing.com/content/record/Candidate/14156/overview',
    'https://app.bullhornstaffing.com/content/record/Candidate/14156',
    'https://app.bullhornstaffing.com/content/record/candidate/14156/activity/',
  ])('%s', (href) => {
    expect(detect(href)).toEqual([{ key: 'candidateId', value: '14156' }]);
  });

  it.each([
    'https://cls91.bullhornstaffing.com/BullhornSTAFFING/OpenWindow.cfm?Entity=JobOrder&id=14156',
    'https://cls91.bullhornstaffing.com/BullhornSTAFFING/OpenWindow.cfm?Entity=ClientContact&id=14156',
    'https://cls91.bullhornstaffing.com/BullhornSTAFFING/OpenWindow.cfm?Entity=Lead&id=14156',
    'https://cls91.bullhornstaffing.com/BullhornSTAFFING/OpenWindow.cfm?Entity=CandidateReference&id=14156',
    'https://cls91.bullhornstaffing.com/BullhornSTAFFING/OpenWindow.cfm?Entity=Candidate&view=Add',
    'https://cls91.bullhornstaffing.com/BullhornSTAFFING/OpenWindow.cfm?Entity=Candidate&id=abc',
    'https://cls91.bullhornstaffing.com/BullhornSTAFFING/OpenWindow.cfm?id=14156',
    'https://cls91.bullhornstaffing.com/BullhornSTAFFING/MyBullhorn.cfm?Entity=Candidate&id=14156',
    'https://www.bullhornstaffing.com/BullhornStaffing/OpenWindow.cfm?entity=Candidate&id=14156',
    'https://app.bullhornstaffing.com/content/record/ClientCorporation/14156/overview',
    'https://app.bullhornstaffing.com/content/record/ClientContact/14156/overview',
    'https://app.bullhornstaffing.com/content/record/Candidate/new',
    'https://cls91.bullhornstaffing.com/content/record/Candidate/14156/overview',
  ])('%s is not a profile', (href) => {
    expect(detect(href)).toBeNull();
  });
});
