import { describe, expect, it } from 'vitest';
import { identityMismatch } from './identity';

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
