import { describe, expect, it } from 'vitest';
import { recommendationTone } from './tone';

describe('recommendationTone', () => {
  it.each(['Recommended', 'RECOMMENDED', ' Highly Recommended ', 'Strong hire', 'Recommended for the role', 'recommended.'])('%s is positive', (text) =>
    expect(recommendationTone(text)).toBe('positive'),
  );

  it.each(['Not Recommended', 'not recommended for the role', 'Do not recommend', 'Don’t recommend', 'No hire', 'Rejected', 'Not a fit'])(
    '%s is negative',
    (text) => expect(recommendationTone(text)).toBe('negative'),
  );

  it.each([
    'Recommended with reservations',
    'Maybe',
    'Hold',
    'Consider',
    'Not sure, recommended for another role',
    'Recommended? Not really',
    'Neutral',
    '',
    null,
    undefined,
  ])('%s stays neutral', (text) => expect(recommendationTone(text)).toBe('neutral'));
});
