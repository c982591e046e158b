import { useCallback, useEffect, useRef } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { REPORT_KEY_PREFIX } from '../../utils/storage';
import type { CacheEntry } from '../../utils/tab-state';

/** Reports kept in memory; each can be megabytes for a long interview. */
const KEEP = 3;

/**
 * The background writes a report to the cache, then points the tab at it. The first write already
 * reaches this page through storage.onChanged, so keep the last few: when the tab state arrives the
 * report renders at once instead of after a second read (about 0.5 s for a 5,000-message report).
 * Only values seen in change events are kept, and every later change replaces them, so a kept value
 * is never older than storage.
 */
export function useReportMemory(): (cacheKey: string) => CacheEntry | null | undefined {
  const memory = useRef(new Map<string, CacheEntry | null>());
  useEffect(() => {
    const kept = memory.current;
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'session') return;
      for (const [key, change] of Object.entries(changes)) {
        if (!key.startsWith(REPORT_KEY_PREFIX)) continue;
        const cacheKey = key.slice(REPORT_KEY_PREFIX.length);
        kept.delete(cacheKey);
        kept.set(cacheKey, (change.newValue as CacheEntry | undefined) ?? null);
        for (const oldest of kept.keys()) {
          if (kept.size <= KEEP) break;
          kept.delete(oldest);
        }
      }
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      browser.storage.onChanged.removeListener(onChanged);
      kept.clear();
    };
  }, []);
  return useCallback((cacheKey: string) => memory.current.get(cacheKey), []);
}
