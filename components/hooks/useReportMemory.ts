import { useEffect, useMemo, useRef } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { TranscriptMessage } from '../../utils/api/schemas';
import { CONV_KEY_PREFIX, decodeCacheEntry, decodeConversation, REPORT_KEY_PREFIX } from '../../utils/storage';
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
  return useKept(REPORT_KEY_PREFIX, decodeCacheEntry);
}

/** The same for the whole conversations of long reports (CacheEntry.conversationTotal). */
export function useConversationMemory(): Memory<TranscriptMessage[] | null> {
  return useKept(CONV_KEY_PREFIX, decodeConversation);
}

export interface Memory<T> {
  readonly peek: (cacheKey: string) => T | undefined;
  readonly remember: (cacheKey: string, value: T) => void;
}

function useKept<T>(prefix: string, decode: (raw: unknown) => T): Memory<T> {
  const kept = useRef(new Map<string, T>()).current;
  useEffect(() => {
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'session') return;
      for (const [key, change] of Object.entries(changes)) {
        if (key.startsWith(prefix)) keep(kept, key.slice(prefix.length), decode(change.newValue));
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
      remember: (cacheKey, value) => {
        if (!kept.has(cacheKey)) keep(kept, cacheKey, value);
      },
    }),
    [kept],
  );
}

function keep<T>(kept: Map<string, T>, cacheKey: string, entry: T): void {
  kept.delete(cacheKey);
  kept.set(cacheKey, entry);
  for (const oldest of kept.keys()) {
    if (kept.size <= KEEP) break;
    kept.delete(oldest);
  }
}
