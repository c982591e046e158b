import { useLayoutEffect, useState } from 'preact/hooks';

/**
 * False while `key` (which candidate's report) is new to this component, true from the next frame
 * on. What the recruiter gains: the verdict (score, recommendation, skills) appears without waiting
 * for the transcript below the fold, which is half the report's DOM and most of its text (the panel
 * figures behind this are in docs/bench.md). The same report refreshed behind the scenes keeps its
 * transcript drawn, so the reader keeps their place.
 *
 * Timed from this component's own commit (a layout effect), not from useEffect: Preact may run an
 * effect after an earlier render's frame, before the verdict is painted, and the transcript would
 * then land in the verdict's frame. The frame callback runs just before the verdict's frame is
 * drawn; the task it queues runs after it.
 */
export function useDrawnAfterFirstFrame(key: string): boolean {
  const [drawn, setDrawn] = useState<string | undefined>(undefined);
  useLayoutEffect(() => {
    if (drawn === key) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setDrawn(key));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [key]);
  return drawn === key;
}
