import { useEffect, useState } from 'preact/hooks';

/**
 * False while `key` (which candidate's report) is new to this component, true from the next frame
 * on. The transcript sits below the fold (about 1,100 px down in a 900 px panel); drawing it a frame
 * after the verdict keeps its render, style and layout (about half the report's DOM and most of its
 * text) off the verdict's first frame. The same report refreshed behind the scenes keeps its
 * transcript drawn, so the reader keeps their place.
 */
export function useDrawnAfterFirstFrame(key: string): boolean {
  const [drawn, setDrawn] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (drawn === key) return;
    const frame = requestAnimationFrame(() => setDrawn(key));
    return () => cancelAnimationFrame(frame);
  }, [key]);
  return drawn === key;
}
