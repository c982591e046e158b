import { useCallback, useState } from 'preact/hooks';

/** Messages rendered at first paint and added per step; keeps the first render small for any size. */
export const PAGE = 60;

export interface RenderWindow {
  readonly from: number;
  readonly to: number;
  readonly later: () => void;
  readonly earlier: () => void;
  /** Make sure `position` is rendered: extend the window when close, else jump to it. */
  readonly reveal: (position: number) => void;
}

interface Range {
  readonly from: number;
  readonly to: number;
  readonly reset: unknown;
}

/**
 * A contiguous slice [from, to) of a long list that grows in both directions. `reset` (the filtered
 * list itself) starts over at the top when it changes. What the recruiter gains: a 5,000-message
 * interview opens as fast as a short one and scrolls without jank (about 650 nodes at first render
 * instead of ~40,000; the bench's side-panel scaling table, 100 to 20,000 messages, in docs/bench.md).
 */
export function useRenderWindow(total: number, reset: unknown): RenderWindow {
  const initial = (): Range => ({ from: 0, to: Math.min(total, PAGE), reset });
  const [stored, setStored] = useState<Range>(initial);
  const range = stored.reset === reset ? stored : initial();
  const update = useCallback(
    (step: (range: Range) => Range) => setStored((previous) => step(previous.reset === reset ? previous : { from: 0, to: Math.min(total, PAGE), reset })),
    [reset, total],
  );
  const later = useCallback(() => update((r) => ({ ...r, to: Math.min(total, r.to + PAGE) })), [update, total]);
  const earlier = useCallback(() => update((r) => ({ ...r, from: Math.max(0, r.from - PAGE) })), [update]);
  const reveal = useCallback(
    (position: number) =>
      update((r) => {
        if (position >= r.from && position < r.to) return r;
        if (position >= r.to && position < r.to + 2 * PAGE) return { ...r, to: Math.min(total, position + PAGE / 2) };
        if (position < r.from && position >= r.from - 2 * PAGE) return { ...r, from: Math.max(0, position - PAGE / 2) };
        const from = Math.max(0, position - PAGE / 2);
        return { from, to: Math.min(total, from + PAGE), reset: r.reset };
      }),
    [update, total],
  );
  return { from: range.from, to: Math.min(range.to, total), later, earlier, reveal };
}
