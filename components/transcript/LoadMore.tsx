import { useEffect, useRef } from 'preact/hooks';

interface Props {
  readonly label: string;
  readonly onLoad: () => void;
}

/**
 * A real button (keyboard users and browsers without IntersectionObserver press it) that also
 * loads by itself when it scrolls near the viewport. Give it a new `key` after each load so a
 * still-visible sentinel is observed afresh and keeps loading.
 */
export function LoadMore({ label, onLoad }: Props) {
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
  }, [onLoad]);
  return (
    <li class="load-more">
      <button type="button" class="btn btn-quiet" ref={ref} onClick={onLoad}>
        {label}
      </button>
    </li>
  );
}
