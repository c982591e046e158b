import type { LookupKey } from '../api/client';
import type { Report } from '../api/schemas';
import { headItem, HEAD_KEY_PREFIX, recentItem, REPORT_KEY_PREFIX, reportIndexItem, reportItem, sessionKeys, type CacheHead } from '../storage';
import { summarize, type CacheEntry } from '../tab-state';
import { browser } from 'wxt/browser';
import { EXPIRY_MARGIN_MS, linksExpireSoon, reportLinksExpiry } from '../api/link-expiry';

/** Completed reports older than this are shown at once and refreshed behind the scenes. */
export const FRESH_MS = 5 * 60_000;
/** Session storage is shared by the whole extension (10 MB in Chrome); keep the cache well under it. */
export const MAX_CACHE_BYTES = 5 * 1024 * 1024;

const utf8 = new TextEncoder();

/** `scope` comes from accountScope(): a hash of key + base URL, never the key itself. */
export function cacheKey(scope: string, lookup: LookupKey): string {
  return `${scope}|${lookup.by}=${lookup.value}`;
}

export async function readCache(key: string): Promise<CacheEntry | null> {
  const entry = await reportItem(key).getValue();
  if (!entry || entry.v !== 1) return null;
  void touch(key);
  return entry;
}

/** The small part of a cached report (see CacheHead), without reading the report. */
export async function readHead(key: string): Promise<CacheHead | null> {
  const head = await headItem(key).getValue();
  if (!head || head.v !== 1) return null;
  void touch(key);
  return head;
}

/** isFresh, from the head alone. */
export function headIsFresh(head: CacheHead, now = Date.now()): boolean {
  const expiring = head.linksExpireAt !== undefined && head.linksExpireAt - now < EXPIRY_MARGIN_MS;
  return head.summary.status === 'completed' && now - head.fetchedAt < FRESH_MS && !expiring;
}

export function isFresh(entry: CacheEntry, now = Date.now()): boolean {
  // Pending interviews can complete at any moment: always re-check them. Signed PDF and recording
  // links expire on their own clock: a report whose links are about to die is stale whatever its age.
  return entry.report.status === 'completed' && now - entry.fetchedAt < FRESH_MS && !linksExpireSoon(entry.report, now);
}

// Index updates are serialised so two tabs finishing at once do not lose each other's bookkeeping.
let indexQueue: Promise<unknown> = Promise.resolve();
function withIndex(update: (index: Record<string, [number, number]>) => Promise<void> | void): Promise<void> {
  const run = indexQueue.then(async () => {
    const index = { ...(await reportIndexItem.getValue()) };
    await update(index);
    await reportIndexItem.setValue(index);
  });
  indexQueue = run.catch(() => undefined);
  return run;
}

function touch(key: string): Promise<void> {
  return withIndex((index) => {
    const known = index[key];
    if (known) index[key] = [Date.now(), known[1]];
  });
}

export function writeCache(key: string, report: Report, now = Date.now()): Promise<void> {
  const entry: CacheEntry = { v: 1, fetchedAt: now, report };
  const json = JSON.stringify(entry);
  // Chrome's quota counts UTF-8 bytes; string length would undercount non-Latin text threefold.
  const size = utf8.encode(json).length;
  return withIndex(async (index) => {
    // The entry just written always stays (the panel reads it from here), even a single report larger
    // than the budget; everything else is evicted, least recently used first, until the total fits.
    index[key] = [now, size];
    const evict = leastRecentlyUsed(index, MAX_CACHE_BYTES, key);
    for (const old of evict) delete index[old];
    if (evict.length) await browser.storage.session.remove(evict.flatMap((old) => [`${REPORT_KEY_PREFIX}${old}`, `${HEAD_KEY_PREFIX}${old}`]));
    const expiry = reportLinksExpiry(report);
    const head: CacheHead = { v: 1, fetchedAt: now, summary: summarize(report), ...(expiry === undefined ? {} : { linksExpireAt: expiry }) };
    // One write for both: a reader never finds a head without its report.
    await browser.storage.session.set({ [`${REPORT_KEY_PREFIX}${key}`]: json, [`${HEAD_KEY_PREFIX}${key}`]: head });
  });
}

/** Keys to drop, oldest first, until the total fits; never the one just written. */
export function leastRecentlyUsed(index: Record<string, [number, number]>, maxBytes: number, keep: string): string[] {
  let total = Object.values(index).reduce((sum, [, size]) => sum + size, 0);
  const evict: string[] = [];
  for (const [key, [, size]] of Object.entries(index).sort((a, b) => a[1][0] - b[1][0])) {
    if (total <= maxBytes) break;
    if (key === keep) continue;
    evict.push(key);
    total -= size;
  }
  return evict;
}

export function clearCache(): Promise<void> {
  return withIndex(async (index) => {
    const [reports, heads] = await Promise.all([sessionKeys(REPORT_KEY_PREFIX), sessionKeys(HEAD_KEY_PREFIX)]);
    await browser.storage.session.remove([...reports, ...heads]);
    await recentItem.removeValue();
    for (const key of Object.keys(index)) delete index[key];
  });
}
