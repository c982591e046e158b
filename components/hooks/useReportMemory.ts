import { useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { TranscriptMessage } from '../../utils/api/schemas';
import { conversationItem, CONV_KEY_PREFIX, decodeCacheEntry, decodeConversation, REPORT_KEY_PREFIX, reportItem } from '../../utils/storage';
import type { CacheEntry } from '../../utils/tab-state';

/** Reports kept in memory; each can be megabytes for a long interview. */
const KEEP = 3;

/**
 * The last few cache entries this panel has seen, so a report renders without another storage read
 * (about 0.2-0.5 s for a 5,000-message report in Chromium here): the worker writes a report and then
 * points the tab at it, and the first write already reaches the panel through storage.onChanged;
 * a recruiter switching back to a tab sees a report read moments ago. Every change event replaces
 * what is kept, so a kept value is never older than storage. It is also the panel's only listener
 * for reports: each change is parsed once, here, and handed to the watchers of its key (`item`).
 */
export function useReportMemory(): Memory<CacheEntry | null> {
  return useKept(REPORT_KEY_PREFIX, decodeCacheEntry, (key) => reportItem(key).getValue());
}

/** The same for the whole conversations of long reports (CacheEntry.conversationTotal). */
export function useConversationMemory(): Memory<TranscriptMessage[] | null> {
  return useKept(CONV_KEY_PREFIX, decodeConversation, (key) => conversationItem(key).getValue());
}

export interface Memory<T> {
  readonly peek: (cacheKey: string) => T | undefined;
  /** A value just read from storage; kept unless a change event already brought a newer one. */
  readonly remember: (cacheKey: string, value: T) => void;
  /** The stored value of a key, read once and then heard from this memory's listener (for useStoredValue). */
  readonly item: (cacheKey: string) => { getValue(): Promise<T>; watch(callback: (value: T) => void): () => void };
}

function useKept<T>(prefix: string, decode: (raw: unknown) => T, read: (cacheKey: string) => Promise<T>): Memory<T> {
  const kept = useRef(new Map<string, T>()).current;
  const watchers = useRef(new Map<string, Set<(value: T) => void>>()).current;
  // A layout effect, as useStoredValue's: listening before its first read starts, no change is missed.
  useLayoutEffect(() => {
    const onChanged = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>, area: string) => {
      if (area !== 'session') return;
      for (const [key, change] of Object.entries(changes)) {
        // Firefox reports a write of an equal value as a change.
        if (!key.startsWith(prefix) || change.newValue === change.oldValue) continue;
        const cacheKey = key.slice(prefix.length);
        const value = decode(change.newValue);
        keep(kept, cacheKey, value);
        for (const watcher of watchers.get(cacheKey) ?? []) watcher(value);
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
      item: (cacheKey) => ({
        getValue: () => read(cacheKey),
        watch: (callback) => {
          const set = watchers.get(cacheKey) ?? new Set();
          watchers.set(cacheKey, set.add(callback));
          return () => {
            set.delete(callback);
            if (set.size === 0) watchers.delete(cacheKey);
          };
        },
      }),
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
