/*
 * The report cache, one policy:
 * - Kept: every report the API returned (in session storage, with a small head for the badge; a long
 *   interview in two parts), and every "no report" answer.
 * - For how long: a completed report is current for FRESH_MS, then shown at once and refreshed behind
 *   the scenes; a pending one is always re-checked; a "no report" answer stands for FRESH_MS. All of
 *   it goes with the browser session, a Clear, or eviction.
 * - What evicts: only a write, and only when the total passes MAX_CACHE_BYTES: least recently used
 *   (read or written) first.
 * - What protects a shown report: the tabs' own state. A write never evicts the entry it writes nor
 *   one an open tab shows or is looking up (keepWhileShown), whatever its size.
 * - In memory: the worker's copy of each lookup's head and "no report" mark (only this module writes
 *   the cache, so the copy is never behind storage); the reports themselves are read when needed.
 */
import type { LookupKey } from '../api/client';
import type { Report } from '../api/schemas';
import {
  conversationItem,
  CONV_KEY_PREFIX,
  headItem,
  HEAD_KEY_PREFIX,
  MISS_KEY_PREFIX,
  REPORT_KEY_PREFIX,
  reportIndexItem,
  reportItem,
  sessionKeys,
  type CacheHead,
} from '../storage';
import { summarize, type CacheEntry } from '../tab-state';
import { browser } from 'wxt/browser';
import { EXPIRY_MARGIN_MS, reportLinksExpiry } from '../api/link-expiry';
import { clearRecent } from './recent';
import { forget, forgetAll, recall, remember, remembering, type Known } from './cache-knowledge';

import { keptFor, leastRecentlyUsed, lookupPart } from './cache-eviction';

export { keepCacheKnowledgeInMemory } from './cache-knowledge';
export { keepWhileShown, leastRecentlyUsed } from './cache-eviction';

/** Completed reports older than this are shown at once and refreshed behind the scenes. */
export const FRESH_MS = 5 * 60_000;
/** Session storage is shared by the whole extension (10 MB in Chrome); keep the cache well under it. */
export const MAX_CACHE_BYTES = 5 * 1024 * 1024;

/**
 * A report with more transcript messages than this is stored in two parts: the report with its first
 * FIRST_MESSAGES messages (what the panel's first screen shows), and the whole conversation on its
 * own. The panel renders the first part at once, whatever the interview's length, and the rest when
 * it has arrived; the worker reads both when it needs the whole report.
 */
export const SPLIT_OVER = 120;
export const FIRST_MESSAGES = 60;

const utf8 = new TextEncoder();

/** Every storage key of one cache entry. */
const keysOf = (key: string) => [`${REPORT_KEY_PREFIX}${key}`, `${HEAD_KEY_PREFIX}${key}`, `${CONV_KEY_PREFIX}${key}`];

/** `scope` comes from accountScope(): a hash of key + base URL, never the key itself. */
export function cacheKey(scope: string, lookup: LookupKey): string {
  return `${scope}|${lookupPart(lookup)}`;
}

/** A whole cached report (both parts of a long one), or null. */
export async function readCache(key: string): Promise<CacheEntry | null> {
  const entry = await reportItem(key).getValue();
  if (!entry || entry.v !== 1) return null;
  let whole = entry;
  if (entry.conversationTotal !== undefined && entry.report.status === 'completed') {
    const conversation = await conversationItem(key).getValue();
    if (!conversation) return null; // half an entry is no entry
    whole = { v: 1, fetchedAt: entry.fetchedAt, report: { ...entry.report, conversation } };
  }
  touch(key);
  return whole;
}

/** A "no report" mark still stands: the API said so less than FRESH_MS ago. */
function missStands(missedAt: number, now: number): boolean {
  return now - missedAt >= 0 && now - missedAt < FRESH_MS;
}

async function readMarks(key: string): Promise<Known> {
  const [headKey, missKey] = [`${HEAD_KEY_PREFIX}${key}`, `${MISS_KEY_PREFIX}${key}`];
  const got = await browser.storage.session.get([headKey, missKey]);
  const head = (got[headKey] as CacheHead | undefined)?.v === 1 ? (got[headKey] as CacheHead) : null;
  return { head, missedAt: typeof got[missKey] === 'number' ? (got[missKey] as number) : undefined };
}

/**
 * What the cache knows of a lookup: its report's head, or whether the API said "no report" less
 * than FRESH_MS ago (a report can appear at any time: the candidate gets invited). One storage read
 * at most, none when the worker already knows.
 */
export async function readKnown(key: string, now = Date.now()): Promise<{ head: CacheHead | null; missing: boolean }> {
  let known = recall(key);
  if (!known) remember(key, (known = readMarks(key)));
  const { head, missedAt } = await known;
  if (head) touch(key);
  if (missedAt === undefined) return { head, missing: false };
  const fresh = missStands(missedAt, now);
  if (!fresh) {
    forget([key]);
    void browser.storage.session.remove(`${MISS_KEY_PREFIX}${key}`).catch(() => undefined);
  }
  return { head, missing: fresh && !head };
}

/** The API said there is no report for this lookup (remembered for FRESH_MS; a report found replaces it). */
export async function writeMiss(key: string, now = Date.now()): Promise<void> {
  try {
    await browser.storage.session.set({ [`${MISS_KEY_PREFIX}${key}`]: now });
  } finally {
    forget([key]);
  }
  remember(key, { head: null, missedAt: now });
}

/**
 * The head of a cached report when the worker already knows it (keepCacheKnowledgeInMemory), with no
 * storage read and no wait: undefined when it does not (or the cache says there is none).
 */
export function knownHead(key: string): CacheHead | undefined {
  const known = recall(key);
  const head = known instanceof Promise ? undefined : known?.head;
  if (!head || head.v !== 1) return undefined;
  touch(key);
  return head;
}

/** The small part of a cached report (see CacheHead), without reading the report. */
export async function readHead(key: string): Promise<CacheHead | null> {
  if (remembering()) return (await readKnown(key)).head;
  const head = await headItem(key).getValue();
  if (!head || head.v !== 1) return null;
  touch(key);
  return head;
}

/** What writeCache stores next to a report: its summary, and when its signed links expire. */
export function headOf(report: Report, fetchedAt: number): CacheHead {
  const expiry = reportLinksExpiry(report);
  return { v: 1, fetchedAt, summary: summarize(report), ...(expiry === undefined ? {} : { linksExpireAt: expiry }) };
}

/**
 * Pending interviews can complete at any moment: always re-check them. Signed PDF and recording
 * links expire on their own clock: a report whose links are about to die is stale whatever its age.
 */
export function headIsFresh(head: CacheHead, now = Date.now()): boolean {
  const expiring = head.linksExpireAt !== undefined && head.linksExpireAt - now < EXPIRY_MARGIN_MS;
  return head.summary.status === 'completed' && now - head.fetchedAt < FRESH_MS && !expiring;
}

// Index updates are serialised so two tabs finishing at once do not lose each other's bookkeeping.
async function withIndex(update: (index: Record<string, [number, number]>) => Promise<void> | void): Promise<void> {
  await reportIndexItem.update(async (stored) => {
    const index = { ...stored };
    await update(index);
    return index;
  });
}

// "Used just now" marks, applied to the index with its next write (a report written, the cache
// cleared), not at every cache hit: a recruiter clicking through cached candidates costs no index
// read and write each. Only a write evicts, so the marks are there whenever they matter; a worker that
// stops before one loses them, which only makes eviction less exact.
const touched = new Map<string, number>();

function applyTouches(index: Record<string, [number, number]>): void {
  for (const [key, at] of touched) {
    const known = index[key];
    if (known && known[0] < at) index[key] = [at, known[1]];
  }
  touched.clear();
}

function touch(key: string): void {
  touched.set(key, Date.now());
}

export function writeCache(key: string, report: Report, now = Date.now()): Promise<void> {
  const long = report.status === 'completed' && report.conversation.length > SPLIT_OVER;
  const entry: CacheEntry = long
    ? { v: 1, fetchedAt: now, report: { ...report, conversation: report.conversation.slice(0, FIRST_MESSAGES) }, conversationTotal: report.conversation.length }
    : { v: 1, fetchedAt: now, report };
  const json = JSON.stringify(entry);
  const conversationJson = long ? JSON.stringify(report.conversation) : undefined;
  // Chrome's quota counts UTF-8 bytes; string length would undercount non-Latin text threefold.
  const size = utf8.encode(json).length + (conversationJson ? utf8.encode(conversationJson).length : 0);
  return withIndex(async (index) => {
    applyTouches(index);
    // The entry just written always stays (the panel reads it from here), even a single report larger
    // than the budget; everything else is evicted, least recently used first, until the total fits.
    index[key] = [now, size];
    const evict = leastRecentlyUsed(index, MAX_CACHE_BYTES, keptFor(key));
    for (const old of evict) delete index[old];
    // A report that was long and is not any more leaves no stale conversation behind.
    const stale = [...evict.flatMap(keysOf), ...(conversationJson ? [] : [`${CONV_KEY_PREFIX}${key}`]), `${MISS_KEY_PREFIX}${key}`];
    const head = headOf(report, now);
    try {
      await browser.storage.session.remove(stale);
      // One write for all parts: a reader never finds a head or a first part without the rest. The
      // conversation goes first in the object, so a listener that hears the change sees it with the report.
      await browser.storage.session.set({
        ...(conversationJson ? { [`${CONV_KEY_PREFIX}${key}`]: conversationJson } : {}),
        [`${REPORT_KEY_PREFIX}${key}`]: json,
        [`${HEAD_KEY_PREFIX}${key}`]: head,
      });
    } finally {
      forget([...evict, key]);
    }
    remember(key, { head });
  });
}

export function clearCache(): Promise<void> {
  touched.clear();
  forgetAll();
  return withIndex(async (index) => {
    const parts = await Promise.all([REPORT_KEY_PREFIX, HEAD_KEY_PREFIX, CONV_KEY_PREFIX, MISS_KEY_PREFIX].map(sessionKeys));
    await browser.storage.session.remove(parts.flat());
    forgetAll(); // nothing read before the removal is kept
    await clearRecent();
    for (const key of Object.keys(index)) delete index[key];
  });
}
