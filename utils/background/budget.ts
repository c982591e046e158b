import { lookupBudgetItem, type ListPage, type LookupBudgetState } from '../storage';

// Every API request spends the recruiter's key and the team's rate limit, and an ATS page decides
// how often it navigates or how many candidate links it shows. What pages can make us spend is held
// here, in one state: each page's cap (a tab's detections, a page load's list chips) and one bucket
// for the whole browser that all automatic lookups draw on. It lives in storage.session, so neither
// a reload nor a worker restart (which a page can provoke by waiting) refills it. Requests the
// recruiter asked for (Refresh, search, open in tab) always go, and are counted.

export interface Bucket {
  readonly capacity: number;
  /** One token comes back every this many ms. */
  readonly refillMs: number;
}

/** A tab's detections: about 10 candidates (two lookups each) at once, then one lookup every 3 s. */
export const TAB_BUCKET: Bucket = { capacity: 20, refillMs: 3_000 };
/**
 * All automatic lookups of the browser together, detections and list chips: four pages of chips at
 * once, then one lookup a second, so a page that reloads itself (or many tabs looping pushState)
 * cannot spend the key faster.
 */
export const AUTO_BUCKET: Bucket = { capacity: 400, refillMs: 1_000 };
/** List chips: a page load may cause this many requests, and this many more per "Show more scores". */
export const PAGE_LOOKUPS = 100;

/**
 * A refused bucket is set back this many tokens below one: a paused tab stays paused for a few
 * refills (9 s for a tab) instead of flapping between one lookup and the next refusal, and a page
 * that keeps asking while paused keeps itself paused.
 */
export const PAUSE_TOKENS = 3;

export type Spend = { readonly ok: true } | { readonly ok: false; readonly resumeAt: number; readonly scope: 'tab' | 'all' };

type Tokens = readonly [number, number];

/** The bucket's tokens now, refilled for the time since its last change. */
export function refill(tokens: Tokens | undefined, bucket: Bucket, now: number): number {
  if (!tokens) return bucket.capacity;
  const [count, at] = tokens;
  return Math.min(bucket.capacity, count + Math.max(0, now - at) / bucket.refillMs);
}

/** When a bucket holding `count` tokens (< 1, maybe below zero after a refusal) has one again. */
function nextToken(count: number, bucket: Bucket, now: number): number {
  return now + Math.ceil((1 - count) * bucket.refillMs);
}

export interface SpendOptions {
  /** The recruiter asked (Refresh, search, open in tab): never refused, still counted. */
  readonly byRecruiter?: boolean;
  readonly now?: number;
}

/** Pure: one detection lookup for this tab, from its bucket and the browser's, or when to try again. */
export function spendFrom(
  state: LookupBudgetState | null,
  tabId: number,
  { byRecruiter = false, now = Date.now() }: SpendOptions = {},
): { state: LookupBudgetState; spend: Spend } {
  const tabKey = String(tabId);
  const global = refill(state?.global, AUTO_BUCKET, now);
  const tab = refill(state?.tabs[tabKey], TAB_BUCKET, now);
  if (!byRecruiter && (tab < 1 || global < 1)) {
    const backoff = (count: number) => (count < 1 ? Math.min(count, 1 - PAUSE_TOKENS) : count);
    const [nextTab, nextGlobal] = [backoff(tab), backoff(global)];
    const refusal: Spend =
      tab < 1
        ? { ok: false, resumeAt: nextToken(nextTab, TAB_BUCKET, now), scope: 'tab' }
        : { ok: false, resumeAt: nextToken(nextGlobal, AUTO_BUCKET, now), scope: 'all' };
    return { state: { ...state, global: [nextGlobal, now], tabs: { ...state?.tabs, [tabKey]: [nextTab, now] } }, spend: refusal };
  }
  return {
    state: { ...state, global: [Math.max(0, global - 1), now], tabs: { ...state?.tabs, [tabKey]: [Math.max(0, tab - 1), now] } },
    spend: { ok: true },
  };
}

type Change<T> = (state: LookupBudgetState | null) => { state: LookupBudgetState | null; value: T };

// Read-modify-write of one storage item: serialised so two tabs spending at once both count.
async function withBudget<T>(update: Change<T>): Promise<T> {
  let result: T | undefined;
  await lookupBudgetItem.update((current) => {
    const { state, value } = update(current);
    result = value;
    return state;
  });
  return result as T;
}

// While the worker runs (keepBudgetInMemory, from startBackground), the budget is decided in memory
// and written to storage behind it: an automatic request never waits for a storage round trip. The
// one module-level value here because the budget must outlive each call and reach storage for the
// next worker; a restarted worker reads storage once. Code that never starts the worker (unit tests
// of one module) reads and writes storage at every change.
interface Memory {
  state?: LookupBudgetState | null;
  loaded?: Promise<void>;
  written: Promise<void>;
  writeQueued: boolean;
}
let memory: Memory | undefined;

export function keepBudgetInMemory(): void {
  memory = { written: Promise.resolve(), writeQueued: false };
}

/** Test hook: storage decides again (a test that seeds it, or one after a test that kept memory). */
export function forgetBudgetMemory(): void {
  memory = undefined;
}

/** The writes the worker has queued, done (a worker about to stop, a test about to restart it). */
export function budgetWritten(): Promise<void> {
  // Without memory every change is its own locked write: waiting for the lock waits for them.
  return memory?.written ?? lookupBudgetItem.update(() => undefined).then(() => undefined);
}

function change<T>(update: Change<T>): Promise<T> {
  const mine = memory;
  if (!mine) return withBudget(update);
  if (mine.state !== undefined) return Promise.resolve(applyInMemory(mine, update));
  mine.loaded ??= lookupBudgetItem.getValue().then((stored) => {
    if (mine.state === undefined) mine.state = stored;
  });
  return mine.loaded.then(() => applyInMemory(mine, update));
}

function applyInMemory<T>(mine: Memory, update: Change<T>): T {
  const { state, value } = update(mine.state ?? null);
  if (state === mine.state) return value;
  mine.state = state;
  // The item's own lock orders the writes; each writes the newest state, so a burst of spends costs
  // one or two writes.
  if (!mine.writeQueued) {
    mine.writeQueued = true;
    const write = () => {
      mine.writeQueued = false;
      return mine.state;
    };
    mine.written = lookupBudgetItem.update(write, { read: () => null }).then(
      () => undefined,
      () => undefined,
    );
  }
  return value;
}

/** One API request for this tab's candidate: allowed, or paused until `resumeAt`. */
export function spendLookup(tabId: number, options: SpendOptions = {}): Promise<Spend> {
  const now = options.now ?? Date.now();
  return change((state) => {
    const { state: next, spend } = spendFrom(state, tabId, { ...options, now });
    return { state: next, value: spend };
  });
}

/** The latest closed tabs and replaced page loads: a page's last message arrives within moments. */
const MAX_GONE = 200;

export type ListSpend = 'ok' | 'limit' | 'rate-limited' | 'gone';

const goneWith = (state: LookupBudgetState | null, key: string) => [...(state?.gone ?? []).filter((old) => old !== key), key].slice(-MAX_GONE);
const withPages = (state: LookupBudgetState | null, now: number, pages: Record<string, ListPage>, gone = state?.gone): LookupBudgetState => ({
  global: state?.global ?? [AUTO_BUCKET.capacity, now],
  tabs: state?.tabs ?? {},
  pages,
  ...(gone ? { gone } : {}),
});

/** Pure: a list message from this tab's page load. False when that page is gone (closed, replaced). */
export function openPageFrom(state: LookupBudgetState | null, tabId: number, load: string, now: number): { state: LookupBudgetState | null; open: boolean } {
  const tab = String(tabId);
  const gone = state?.gone ?? [];
  if (gone.includes(tab) || gone.includes(`${tab}:${load}`)) return { state, open: false };
  const current = state?.pages?.[tab];
  if (current?.load === load) return { state, open: true };
  const pages = { ...state?.pages, [tab]: { load, allowed: PAGE_LOOKUPS, used: 0 } };
  return { state: withPages(state, now, pages, current ? goneWith(state, `${tab}:${current.load}`) : state?.gone), open: true };
}

/** Pure: one automatic list lookup for this page load, from its cap and the browser's bucket. */
export function spendListFrom(
  state: LookupBudgetState | null,
  tabId: number,
  load: string,
  now: number,
): { state: LookupBudgetState | null; spend: ListSpend } {
  const page = state?.pages?.[String(tabId)];
  if (page?.load !== load) return { state, spend: 'gone' };
  if (page.used >= page.allowed) return { state, spend: 'limit' };
  const tokens = refill(state?.global, AUTO_BUCKET, now);
  if (tokens < 1) return { state, spend: 'rate-limited' };
  const next = withPages(state, now, { ...state?.pages, [String(tabId)]: { ...page, used: page.used + 1 } });
  return { state: { ...next, global: [tokens - 1, now] }, spend: 'ok' };
}

export function openListPage(tabId: number, load: string, now = Date.now()): Promise<boolean> {
  return change((state) => {
    const { state: next, open } = openPageFrom(state, tabId, load, now);
    return { state: next, value: open };
  });
}

export function spendListLookup(tabId: number, load: string, now = Date.now()): Promise<ListSpend> {
  return change((state) => {
    const { state: next, spend } = spendListFrom(state, tabId, load, now);
    return { state: next, value: spend };
  });
}

/** "Show more scores": PAGE_LOOKUPS more for this page load (0 when it is gone). */
export function allowMoreListLookups(tabId: number, load: string, now = Date.now()): Promise<number> {
  return change((state) => {
    const page = state?.pages?.[String(tabId)];
    if (page?.load !== load) return { state, value: 0 };
    const allowed = Math.max(page.allowed, page.used) + PAGE_LOOKUPS;
    return { state: withPages(state, now, { ...state?.pages, [String(tabId)]: { ...page, allowed } }), value: allowed };
  });
}

/**
 * The tab closed: its bucket goes (a new tab starts full; the browser's bucket still bounds tab
 * churn), so does its page load's allowance, and a late message from it opens none.
 */
export function forgetTabBudget(tabId: number, now = Date.now()): Promise<void> {
  return change((state) => {
    const tabs = { ...state?.tabs };
    delete tabs[String(tabId)];
    const pages = { ...state?.pages };
    delete pages[String(tabId)];
    return { state: { ...withPages(state, now, pages, goneWith(state, String(tabId))), tabs }, value: undefined };
  });
}
