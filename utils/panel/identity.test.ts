import { describe, expect, it } from 'vitest';
import { expectedCustomFieldIds, identityMismatch, identityProblem } from './identity';

describe('identityMismatch', () => {
  it('flags a different address', () => {
    expect(identityMismatch('riley@example.com', 'jordan@example.com')).toEqual({ profile: 'riley@example.com', report: 'jordan@example.com' });
  });
  it.each([
    ['same address, other case and spaces', ' Jordan@Example.com ', 'jordan@example.com'],
    ['no email on the profile', undefined, 'jordan@example.com'],
    ['no email in the report', 'jordan@example.com', undefined],
    ['empty strings', '', ''],
  ])('stays quiet for %s', (_name, profile, report) => {
    expect(identityMismatch(profile, report)).toBeUndefined();
  });
});

describe('identityProblem', () => {
  it('flags an email that differs before anything else', () => {
    expect(identityProblem({ profileEmail: 'riley@example.com', reportEmail: 'jordan@example.com', reportCustomFieldId: 'X', expectedCustomFieldIds: ['X'] })).toEqual({
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
    ['the same email, though the invite used its own id scheme (CAND-2025-003)', { profileEmail: 'riley@example.com', reportEmail: 'Riley@example.com', reportCustomFieldId: 'CAND-2025-003', expectedCustomFieldIds: ['5123456003'] }],
    ['matching custom field id, other case', { reportCustomFieldId: 'ABC-1 ', expectedCustomFieldIds: ['abc-1'] }],
    ['no custom field id in the report', { expectedCustomFieldIds: ['1'] }],
    ['no ids from the profile (manual search)', { reportCustomFieldId: '1', expectedCustomFieldIds: [] }],
  ])('stays quiet for %s', (_name, facts) => {
    expect(identityProblem(facts)).toBeUndefined();
  });

  it('takes expected ids from the lookups the page gave, never from the recruiter\'s search', () => {
    const lookups = [
      { by: 'response_id', value: '979561' },
      { by: 'custom_field_id', value: '5123456003' },
    ];
    expect(expectedCustomFieldIds({ lookups })).toEqual(['5123456003']);
    expect(expectedCustomFieldIds({ lookups, manual: true })).toEqual([]);
  });
});
