/**
 * Browsers keep a timer's delay in a signed 32-bit int: a longer one (24.8 days and up, say from a
 * far-future Retry-After) fires after about 1 ms, and whatever re-arms it then spins. NaN fires at once.
 */
export const MAX_TIMER_DELAY_MS = 2 ** 31 - 1;

export function clampDelay(ms: number): number {
  return Number.isNaN(ms) ? 0 : Math.min(Math.max(0, ms), MAX_TIMER_DELAY_MS);
}

/** setTimeout for every delay the worker computes (from a clock, a header, stored state). */
export function later(run: () => void, ms: number): ReturnType<typeof setTimeout> {
  return setTimeout(run, clampDelay(ms));
}
