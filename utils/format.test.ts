import { describe, expect, it } from 'vitest';
import { useBrowserLanguage } from '../components/test-setup';
import { formatApiDate, formatBadgeNumber, formatGmt, formatNumber, parseApiDate } from './format';

describe('numbers', () => {
  it('writes scores in the reader’s notation, at most one decimal', () => {
    expect([formatNumber(82), formatNumber(7.5), formatNumber(7.25), formatNumber(1234)]).toEqual(['82', '7.5', '7.3', '1,234']);
    useBrowserLanguage('de');
    expect([formatNumber(82), formatNumber(7.5), formatNumber(1234)]).toEqual(['82', '7,5', '1.234']);
  });

  it('keeps badge numbers within four characters', () => {
    useBrowserLanguage('de');
    expect([formatBadgeNumber(7.5), formatBadgeNumber(100), formatBadgeNumber(1000)]).toEqual(['7,5', '100', '1000']);
  });
});

describe('completed_date', () => {
  it.each([
    ['Jul 05, 2025, 4:42:45 AM', Date.UTC(2025, 6, 5, 4, 42, 45)],
    ['Jul 05, 2025, 12:05:00 AM', Date.UTC(2025, 6, 5, 0, 5, 0)],
    ['Dec 31, 2024, 11:59:59 PM', Date.UTC(2024, 11, 31, 23, 59, 59)],
    ['July 5, 2025 4:42 PM', Date.UTC(2025, 6, 5, 16, 42, 0)],
    ['2025-07-05T04:42:45Z', Date.UTC(2025, 6, 5, 4, 42, 45)],
    ['2025-07-05 04:42:45', Date.UTC(2025, 6, 5, 4, 42, 45)],
    ['2025-07-05T06:42:45+02:00', Date.UTC(2025, 6, 5, 4, 42, 45)],
  ])('reads %s as GMT', (raw, ms) => expect(parseApiDate(raw)).toBe(ms));

  it.each(['', 'yesterday', 'Foo 05, 2025, 4:42:45 AM', 'Feb 31, 2025, 4:42:45 AM', 'Jul 05, 2025, 13:42:45 PM', 'Jul 05, 2025, 4:61:00 AM', '05/07/2025'])(
    'does not guess at %j',
    (raw) => expect(parseApiDate(raw)).toBeUndefined(),
  );

  it('shows the date in the reader’s language, and verbatim when it cannot be read', () => {
    expect(formatApiDate('Jul 05, 2025, 4:42:45 AM')).toBe('Jul 05, 2025, 04:42:45');
    useBrowserLanguage('en_GB');
    expect(formatApiDate('Jul 05, 2025, 4:42:45 AM')).toBe('05 Jul 2025, 04:42:45');
    useBrowserLanguage('de');
    expect(formatApiDate('Jul 05, 2025, 4:42:45 AM')).toBe('05. Juli 2025, 04:42:45');
    expect(formatApiDate('sometime in July')).toBe('sometime in July');
  });
});

describe('formatGmt', () => {
  it('formats clock times in GMT for the reader and tolerates nonsense', () => {
    expect(formatGmt(Date.UTC(2025, 6, 5, 4, 42, 45))).toBe('Jul 05, 2025, 04:42:45 GMT');
    useBrowserLanguage('de');
    expect(formatGmt(Date.UTC(2025, 6, 5, 4, 42, 45))).toBe('05. Juli 2025, 04:42:45 GMT');
    expect(formatGmt(Number.MAX_VALUE)).toBeUndefined();
  });
});
