// Small, dependency-free statistics for the benchmark. Percentiles use the nearest-rank method, so
// every reported value is one that was actually measured.

export function percentile(values, p) {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export const median = (values) => percentile(values, 50);

/** n, median, p95, min, max of a list of numbers (ms unless said otherwise), rounded for the JSON. */
export function summarize(values) {
  const round = (value) => (value === undefined ? undefined : Math.round(value * 100) / 100);
  return {
    n: values.length,
    median: round(median(values)),
    p95: round(percentile(values, 95)),
    min: round(values.length ? Math.min(...values) : undefined),
    max: round(values.length ? Math.max(...values) : undefined),
    samples: values.map(round),
  };
}

/**
 * Ratio of two interleaved series (with[i] / without[i] were measured in the same round): the median
 * of the per-round ratios, and a 95% bootstrap interval for it (deterministic resampling), so the
 * table can say when the noise is larger than the difference a target asks about.
 */
export function pairedRatio(withValues, withoutValues, { resamples = 2000, seed = 7 } = {}) {
  const ratios = withValues.map((value, i) => value / withoutValues[i]).filter(Number.isFinite);
  if (ratios.length === 0) return { n: 0 };
  let state = seed >>> 0;
  const random = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
  const medians = [];
  for (let r = 0; r < resamples; r++) {
    medians.push(median(Array.from({ length: ratios.length }, () => ratios[Math.floor(random() * ratios.length)])));
  }
  const round = (value) => Math.round(value * 1000) / 1000;
  return {
    n: ratios.length,
    median: round(median(ratios)),
    low: round(percentile(medians, 2.5)),
    high: round(percentile(medians, 97.5)),
    ratios: ratios.map(round),
  };
}

/**
 * Ratio of the p-th percentiles of two independent series (a / b), with a 95% bootstrap interval
 * (each series resampled on its own, deterministic), e.g. product p95 / reference p95.
 */
export function quantileRatio(a, b, p, { resamples = 2000, seed = 11 } = {}) {
  if (a.length === 0 || b.length === 0) return { n: 0 };
  let state = seed >>> 0;
  const random = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
  const resample = (values) => Array.from({ length: values.length }, () => values[Math.floor(random() * values.length)]);
  const ratios = [];
  for (let r = 0; r < resamples; r++) ratios.push(percentile(resample(a), p) / percentile(resample(b), p));
  const round = (value) => Math.round(value * 1000) / 1000;
  return {
    n: Math.min(a.length, b.length),
    median: round(percentile(a, p) / percentile(b, p)),
    low: round(percentile(ratios, 2.5)),
    high: round(percentile(ratios, 97.5)),
  };
}

/**
 * The same measurement on every side (with and without the extension, and any reference), `warmup +
 * samples` rounds, changing which side goes first each round so all see the same machine load;
 * warm-up rounds are not kept.
 */
export async function interleavedRounds({ sides, samples, warmup, runOnce, log, label }) {
  const names = Object.keys(sides);
  const runs = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < warmup + samples; round++) {
    // Two sides alternate (ABBA...); more take turns going first (ABC, BCA, CAB...).
    const order = names.length === 2 && round % 2 === 1 ? [...names].reverse() : names.map((_, i) => names[(i + round) % names.length]);
    for (const side of order) {
      const run = await runOnce(sides[side]);
      if (round >= warmup) runs[side].push(run);
    }
    log(`${label}: round ${round + 1}/${warmup + samples}${round < warmup ? ' (warm-up)' : ''}`);
  }
  return runs;
}
