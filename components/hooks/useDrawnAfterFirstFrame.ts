import { useLayoutEffect, useState } from 'preact/hooks';

/**
 * False while `key` (which candidate's report) is new to this component, true from the next frame
 * on. The transcript sits below the fold (about 1,100 px down in a 900 px panel); drawing it a frame
 * after the verdict keeps its render, style and layout (about half the report's DOM and most of its
 * text) off the verdict's first frame. The same report refreshed behind the scenes keeps its
 * transcript drawn, so the reader keeps their place.
 *
 * Timed from this component's own commit (a layout effect), not from useEffect: Preact runs effects
 * after a frame, but the frame of an earlier render (the panel's "reading the report" step) may be
 * the one, and then the effect ran before the verdict was painted and the transcript landed in the
 * verdict's frame (seen in a trace: 3.7 ms of render plus its layout inside the first frame). The
 * frame callback runs just before the verdict's frame is drawn; the task it queues runs after it.
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
