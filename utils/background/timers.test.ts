import { describe, expect, it } from 'vitest';
import { clampDelay, MAX_TIMER_DELAY_MS } from './timers';

describe('timer delays', () => {
  it.each([
    [-5, 0],
    [Number.NaN, 0],
    [1_500, 1_500],
    [MAX_TIMER_DELAY_MS + 1, MAX_TIMER_DELAY_MS],
    [Number.POSITIVE_INFINITY, MAX_TIMER_DELAY_MS],
  ])('clamps %d to %d, inside what setTimeout keeps', (ms, expected) => {
    expect(clampDelay(ms)).toBe(expected);
  });
});
