import { useEffect, useMemo, useRef } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { decodeCacheEntry, REPORT_KEY_PREFIX } from '../../utils/storage';
import type { CacheEntry } from '../../utils/tab-state';

/** Reports kept in memory; each can be megabytes for a long interview. */
const KEEP = 3;

export interface ReportMemory {
  readonly peek: (cacheKey: string) => CacheEntry | null | undefined;
  /** A value just read from storage; kept unless a change event already brought a newer one. */
  readonly remember: (cacheKey: string, entry: CacheEntry | null) => void;
}

/**
 * The last few cache entries this panel has seen, so a report renders without another storage read
 * (about 0.2-0.5 s for a 5,000-message report in Chromium here): the worker writes a report and then
 * points the tab at it, and the first write already reaches the panel through storage.onChanged;
 * a recruiter switching back to a tab sees a report read moments ago. Every change event replaces
 * what is kept, so a kept value is never older than storage.
 */
export function useReportMemory(): ReportMemory {
  const kept = useRef(new Map<string, CacheEntry | null>()).current;
  useEffect(() => {
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'session') return;
      for (const [key, change] of Object.entries(changes)) {
        if (key.startsWith(REPORT_KEY_PREFIX)) keep(kept, key.slice(REPORT_KEY_PREFIX.length), decodeCacheEntry(change.newValue));
      }
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      browser.storage.onChanged.removeListener(onChanged);
      kept.clear();
    };
  }, [kept]);
  return useMemo(
    () => ({
      peek: (cacheKey) => kept.get(cacheKey),
      remember: (cacheKey, entry) => {
        if (!kept.has(cacheKey)) keep(kept, cacheKey, entry);
      },
    }),
    [kept],
  );
}

function keep(kept: Map<string, CacheEntry | null>, cacheKey: string, entry: CacheEntry | null): void {
  kept.delete(cacheKey);
  kept.set(cacheKey, entry);
  for (const oldest of kept.keys()) {
    if (kept.size <= KEEP) break;
    kept.delete(oldest);
  }
}
