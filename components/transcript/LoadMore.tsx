import { useEffect, useRef } from 'preact/hooks';

interface Props {
  readonly label: string;
  readonly onLoad: () => void;
  /** Changes after each load, so a sentinel that is still in view is observed afresh and loads again. */
  readonly generation: number;
}

/**
 * A real button (keyboard users and browsers without IntersectionObserver press it) that also
 * loads by itself when it scrolls near the viewport. It stays mounted across loads, so a keyboard
 * user who pressed it keeps focus on it.
 */
export function LoadMore({ label, onLoad, generation }: Props) {
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === 'undefined') return undefined;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          observer.disconnect();
          onLoad();
        }
      },
      { rootMargin: '800px 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [onLoad, generation]);
  return (
    <li class="load-more">
      <button type="button" class="btn btn-quiet" ref={ref} onClick={onLoad}>
        {label}
      </button>
    </li>
  );
}
