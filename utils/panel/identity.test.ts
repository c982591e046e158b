import { describe, expect, it } from 'vitest';
import type { TabState } from '../tab-state';
import { expectedCustomFieldIds, identityMismatch, identityProblem, tabIdentityProblem } from './identity';

describe('identityMismatch', () => {
  it('flags a different address', () => {
    expect(identityMismatch(['riley@example.com'], 'jordan@example.com')).toEqual({ profile: 'riley@example.com', report: 'jordan@example.com' });
  });
  it.each([
    ['same address, other case and spaces', [' Jordan@Example.com '], 'jordan@example.com'],
    ['the address among others on the profile (a colleague in an unmarked note)', ['hm@acme.example', 'jordan@example.com'], 'Jordan@example.com'],
    ['no email on the profile', undefined, 'jordan@example.com'],
    ['no email in the report', ['jordan@example.com'], undefined],
    ['empty strings', [''], ''],
  ])('stays quiet for %s', (_name, profile, report) => {
    expect(identityMismatch(profile, report)).toBeUndefined();
  });
});

describe('identityProblem', () => {
  it('flags an email that differs before anything else', () => {
    expect(
      identityProblem({ profileEmails: ['riley@example.com'], reportEmail: 'jordan@example.com', reportCustomFieldId: 'X', expectedCustomFieldIds: ['X'] }),
    ).toEqual({
      kind: 'email',
      profile: 'riley@example.com',
      report: 'jordan@example.com',
    });
  });

  it("flags a report whose custom_field_id is none of the profile's ids (a planted link)", () => {
    expect(identityProblem({ reportCustomFieldId: '999', expectedCustomFieldIds: ['5123456002', '4012345002'] })).toEqual({
      kind: 'custom-field',
      report: '999',
      expected: ['5123456002', '4012345002'],
    });
  });

  it.each([
    [
      'the same email, though the invite used its own id scheme (CAND-2025-003)',
      { profileEmails: ['riley@example.com'], reportEmail: 'Riley@example.com', reportCustomFieldId: 'CAND-2025-003', expectedCustomFieldIds: ['5123456003'] },
    ],
    ['matching custom field id, other case', { reportCustomFieldId: 'ABC-1 ', expectedCustomFieldIds: ['abc-1'] }],
    ['no custom field id in the report', { expectedCustomFieldIds: ['1'] }],
    ['no ids from the profile (manual search)', { reportCustomFieldId: '1', expectedCustomFieldIds: [] }],
  ])('stays quiet for %s', (_name, facts) => {
    expect(identityProblem(facts)).toBeUndefined();
  });

  it('flags a report reached only through a link on the page that neither email nor id ties to the profile', () => {
    expect(identityProblem({ reportEmail: 'Riley@example.com', reportName: 'Riley Sample', viaPageLink: true })).toEqual({
      kind: 'untied',
      report: 'Riley Sample (riley@example.com)',
    });
    expect(
      identityProblem({
        profileEmails: [],
        reportEmail: 'riley@example.com',
        reportCustomFieldId: '999',
        expectedCustomFieldIds: ['5123456003'],
        viaPageLink: true,
      }),
    ).toMatchObject({ kind: 'untied' });
  });

  it.each([
    ['its email is on the page', { profileEmails: ['jordan@example.com'], reportEmail: 'jordan@example.com', viaPageLink: true }],
    [
      "its custom field id is one of the profile's ids",
      { reportEmail: 'jordan@example.com', reportCustomFieldId: '5123456003', expectedCustomFieldIds: ['5123456003'], viaPageLink: true },
    ],
  ])('trusts a linked report when %s', (_name, facts) => {
    expect(identityProblem(facts)).toBeUndefined();
  });

  it("takes expected ids from the lookups the page gave, never from the recruiter's search", () => {
    const lookups = [
      { by: 'response_id', value: '979561' },
      { by: 'custom_field_id', value: '5123456003' },
    ];
    expect(expectedCustomFieldIds({ lookups })).toEqual(['5123456003']);
    expect(expectedCustomFieldIds({ lookups, manual: true })).toEqual([]);
  });
});

describe('tabIdentityProblem', () => {
  const linked = { by: 'response_id', value: '979561', source: 'link' } as const;
  const state = (overrides: Partial<TabState> = {}): TabState => ({
    v: 1,
    tabId: 1,
    navId: 'n',
    url: 'https://app.greenhouse.io/people/4012345003',
    lookups: [{ by: 'custom_field_id', value: '4012345003', source: 'ids' }, linked],
    phase: 'ready',
    result: {
      kind: 'report',
      cacheKey: 'k',
      lookup: linked,
      summary: { responseId: '979561', status: 'completed', inviteStatus: 'Completed', score: 64, email: 'riley@example.com', name: 'Riley' },
    },
    updatedAt: 0,
    ...overrides,
  });

  it("flags a linked report until the recruiter confirms it for this tab's candidate", () => {
    expect(tabIdentityProblem(state({ emails: ['jordan@example.com'] }))).toMatchObject({ kind: 'email' });
    expect(tabIdentityProblem(state())).toEqual({ kind: 'untied', report: 'Riley (riley@example.com)' });
    expect(tabIdentityProblem(state({ confirmed: '979561' }))).toBeUndefined();
    expect(tabIdentityProblem(state({ confirmed: '111' }))).toMatchObject({ kind: 'untied' });
  });

  it("does not second-guess the recruiter's own search for a response id", () => {
    expect(tabIdentityProblem(state({ manual: true }))).toBeUndefined();
  });
});
