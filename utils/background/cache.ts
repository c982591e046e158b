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
  return `${scope}|${lookup.by}=${lookup.value}`;
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

interface Known {
  readonly head: CacheHead | null;
  readonly missedAt?: number;
}

// While the worker runs (keepCacheKnowledgeInMemory, from startBackground), what it has read or
// written of each lookup's head and "no report" mark is also kept in memory: only the worker writes
// the cache, always through this module, so memory is never behind storage, and a list page's rows
// cost no storage read each (a reload of the bench profile asked storage 55 times). A restarted
// worker starts empty; code that never starts the worker (unit tests of one module) reads storage.
let knowledge: Map<string, Known> | undefined;
const MAX_KNOWN = 2_000;
// Bumped by every write to the cache: a read that was under way meanwhile may have seen storage
// before that write, so what it found is used once and not kept.
let writes = 0;

export function keepCacheKnowledgeInMemory(): void {
  knowledge = new Map();
}

/** What the worker knows of a lookup, kept as the most recently used (MAX_KNOWN drops the oldest). */
function recall(key: string): Known | undefined {
  const known = knowledge?.get(key);
  if (known) learn(key, known);
  return known;
}

/** A "no report" mark still stands: the API said so less than FRESH_MS ago. */
function missStands(missedAt: number, now: number): boolean {
  return now - missedAt >= 0 && now - missedAt < FRESH_MS;
}

function learn(key: string, known: Known | undefined): void {
  if (!knowledge) return;
  if (!known) writes++;
  knowledge.delete(key);
  if (!known) return;
  knowledge.set(key, known);
  if (knowledge.size > MAX_KNOWN) knowledge.delete(knowledge.keys().next().value!);
}

/**
 * What the cache knows of a lookup: its report's head, or whether the API said "no report" less
 * than FRESH_MS ago (a report can appear at any time: the candidate gets invited). One storage read
 * at most, none when the worker already knows.
 */
export async function readKnown(key: string, now = Date.now()): Promise<{ head: CacheHead | null; missing: boolean }> {
  let known = recall(key);
  if (!known) {
    const [headKey, missKey] = [`${HEAD_KEY_PREFIX}${key}`, `${MISS_KEY_PREFIX}${key}`];
    const before = writes;
    const got = await browser.storage.session.get([headKey, missKey]);
    const head = (got[headKey] as CacheHead | undefined)?.v === 1 ? (got[headKey] as CacheHead) : null;
    const missedAt = typeof got[missKey] === 'number' ? (got[missKey] as number) : undefined;
    known = { head, missedAt };
    if (writes === before) learn(key, known);
  }
  const { head, missedAt } = known;
  if (head) touch(key);
  if (missedAt === undefined) return { head, missing: false };
  const fresh = missStands(missedAt, now);
  if (!fresh) {
    learn(key, { head });
    void browser.storage.session.remove(`${MISS_KEY_PREFIX}${key}`).catch(() => undefined);
  }
  return { head, missing: fresh && !head };
}

/** The API said there is no report for this lookup (remembered for FRESH_MS; a report found replaces it). */
export async function writeMiss(key: string, now = Date.now()): Promise<void> {
  learn(key, undefined); // storage decides until the write is done
  await browser.storage.session.set({ [`${MISS_KEY_PREFIX}${key}`]: now });
  learn(key, { head: null, missedAt: now });
}

/**
 * The head of a cached report when the worker already knows it (keepCacheKnowledgeInMemory), with no
 * storage read and no wait: undefined when it does not (or the cache says there is none).
 */
export function knownHead(key: string): CacheHead | undefined {
  const head = recall(key)?.head;
  if (!head || head.v !== 1) return undefined;
  touch(key);
  return head;
}

/** The small part of a cached report (see CacheHead), without reading the report. */
export async function readHead(key: string): Promise<CacheHead | null> {
  const known = recall(key);
  const before = writes;
  const head = known ? known.head : await headItem(key).getValue();
  if (!head || head.v !== 1) return null;
  if (!known && writes === before) learn(key, { head }); // a report in the cache: no "no report" mark matters
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

// "Used just now" marks, written to the index at most once a second (and with any write of it), not
// at every cache hit: a recruiter clicking through cached candidates costs no index read and write
// each. A worker that stops before a flush loses a few marks, which only makes eviction less exact.
const TOUCH_FLUSH_MS = 1_000;
const touched = new Map<string, number>();
let flushTimer: ReturnType<typeof setTimeout> | undefined;

function applyTouches(index: Record<string, [number, number]>): void {
  for (const [key, at] of touched) {
    const known = index[key];
    if (known && known[0] < at) index[key] = [at, known[1]];
  }
  touched.clear();
}

function touch(key: string): void {
  touched.set(key, Date.now());
  flushTimer ??= setTimeout(() => {
    flushTimer = undefined;
    if (touched.size) void withIndex(applyTouches).catch(() => undefined);
  }, TOUCH_FLUSH_MS);
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
    const evict = leastRecentlyUsed(index, MAX_CACHE_BYTES, new Set([key, ...shownKeys()]));
    for (const old of evict) delete index[old];
    // A report that was long and is not any more leaves no stale conversation behind.
    const stale = [...evict.flatMap(keysOf), ...(conversationJson ? [] : [`${CONV_KEY_PREFIX}${key}`]), `${MISS_KEY_PREFIX}${key}`];
    for (const old of [...evict, key]) learn(old, undefined); // storage decides until the writes are done
    await browser.storage.session.remove(stale);
    const head = headOf(report, now);
    // One write for all parts: a reader never finds a head or a first part without the rest. The
    // conversation goes first in the object, so a listener that hears the change sees it with the report.
    await browser.storage.session.set({
      ...(conversationJson ? { [`${CONV_KEY_PREFIX}${key}`]: conversationJson } : {}),
      [`${REPORT_KEY_PREFIX}${key}`]: json,
      [`${HEAD_KEY_PREFIX}${key}`]: head,
    });
    learn(key, { head });
  });
}

// The reports open tabs show right now (set by the worker): never evicted, or a report larger than the
// budget on screen would go with the next unrelated write (a list chip's answer) and the panel find
// nothing to show.
let shownKeys: () => Iterable<string> = () => [];
export function keepWhileShown(keys: () => Iterable<string>): void {
  shownKeys = keys;
}

/** Keys to drop, oldest first, until the total fits; never the one just written, nor one on screen. */
export function leastRecentlyUsed(index: Record<string, [number, number]>, maxBytes: number, kept: ReadonlySet<string>): string[] {
  let total = Object.values(index).reduce((sum, [, size]) => sum + size, 0);
  const evict: string[] = [];
  for (const [key, [, size]] of Object.entries(index).sort((a, b) => a[1][0] - b[1][0])) {
    if (total <= maxBytes) break;
    if (kept.has(key)) continue;
    evict.push(key);
    total -= size;
  }
  return evict;
}

export function clearCache(): Promise<void> {
  touched.clear();
  const forget = () => {
    writes++;
    knowledge?.clear();
  };
  forget();
  return withIndex(async (index) => {
    const parts = await Promise.all([REPORT_KEY_PREFIX, HEAD_KEY_PREFIX, CONV_KEY_PREFIX, MISS_KEY_PREFIX].map(sessionKeys));
    await browser.storage.session.remove(parts.flat());
    forget(); // nothing read before the removal is kept
    await clearRecent();
    for (const key of Object.keys(index)) delete index[key];
  });
}
