import { useLayoutEffect, useMemo, useState } from 'preact/hooks';

export interface Watchable<T> {
  getValue(): Promise<T>;
  watch(callback: (value: T) => void): () => void;
}

/**
 * The current value of a storage item, re-rendering on change: the one storage hook of the panel and
 * the extension pages. Returns `undefined` until the item for *this* key has been read: after the key
 * changes (another tab, another report) the old value is never returned, so the panel shows loading
 * instead of the previous candidate.
 */
export function useStoredValue<T, K extends string | Watchable<T> = string>(
  key: K | undefined,
  itemFor: (key: K) => Watchable<T>,
  /** Values already known to be current (see useReportMemory), used instead of a first read. */
  memory?: { peek: (key: K) => T | undefined; remember: (key: K, value: T) => void },
): T | undefined {
  // A fresh token per key, made during render, so a snapshot from an earlier key (or an earlier
  // visit to the same key) is recognised as stale before the effect has even run.
  const token = useMemo(() => ({ key }), [key]);
  const peeked = useMemo(() => (key === undefined ? undefined : memory?.peek(key)), [token]);
  const [snapshot, setSnapshot] = useState<{ token: object; value: T } | undefined>(undefined);

  // A layout effect: it runs right after this render, not after the next paint as useEffect does, so
  // the read of a report the tab now points at starts a frame sooner (the panel's first frame of it).
  useLayoutEffect(() => {
    if (key === undefined) return undefined;
    const item = itemFor(key);
    let live = true;
    const unwatch = item.watch((value) => {
      if (live) setSnapshot({ token, value });
    });
    const latest = memory?.peek(key);
    if (latest !== undefined) {
      // Known already; it may have changed between render and now.
      if (latest !== peeked) setSnapshot({ token, value: latest });
    } else {
      item.getValue().then(
        (value) => {
          memory?.remember(key, value);
          // A change that arrived while reading is newer than what was read.
          if (live) setSnapshot((previous) => (previous?.token === token ? previous : { token, value }));
        },
        () => undefined,
      );
    }
    return () => {
      live = false;
      unwatch();
    };
    // itemFor and memory are stable: the key (through its token) alone decides what is watched.
  }, [token]);

  return snapshot?.token === token ? snapshot.value : peeked;
}

const itself = <T>(item: Watchable<T>) => item;

/** One fixed storage item (a settings-page field, the policy view): the item is its own key. */
export function useStored<T>(item: Watchable<T>): T | undefined {
  return useStoredValue<T, Watchable<T>>(item, itself);
}
