import { lookupBudgetItem, type ListPage, type LookupBudgetState } from '../storage';

// Every API request spends the recruiter's key and the team's rate limit, and an ATS page decides
// how often it navigates. Two token buckets bound what pages can make us spend: one per tab (a page
// looping history.pushState) and one for the whole browser (many tabs doing it). Requests the
// recruiter asked for (Refresh, search, open in tab) always go, and are counted.

export interface Bucket {
  readonly capacity: number;
  /** One token comes back every this many ms. */
  readonly refillMs: number;
}

/** About 10 candidates (two lookups each) at once per tab, then one lookup every 3 s. */
export const TAB_BUCKET: Bucket = { capacity: 20, refillMs: 3_000 };
/** Three tabs' worth at once, then one lookup a second across the browser. */
export const GLOBAL_BUCKET: Bucket = { capacity: 60, refillMs: 1_000 };

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

/** Pure: spend one token from both buckets, or say when to try again. */
export function spendFrom(state: LookupBudgetState | null, tabId: number, now: number, byRecruiter: boolean): { state: LookupBudgetState; spend: Spend } {
  const tabKey = String(tabId);
  const global = refill(state?.global, GLOBAL_BUCKET, now);
  const tab = refill(state?.tabs[tabKey], TAB_BUCKET, now);
  if (!byRecruiter && (tab < 1 || global < 1)) {
    const backoff = (count: number) => (count < 1 ? Math.min(count, 1 - PAUSE_TOKENS) : count);
    const [nextTab, nextGlobal] = [backoff(tab), backoff(global)];
    const refusal: Spend =
      tab < 1
        ? { ok: false, resumeAt: nextToken(nextTab, TAB_BUCKET, now), scope: 'tab' }
        : { ok: false, resumeAt: nextToken(nextGlobal, GLOBAL_BUCKET, now), scope: 'all' };
    return { state: { ...state, v: 1, global: [nextGlobal, now], tabs: { ...state?.tabs, [tabKey]: [nextTab, now] } }, spend: refusal };
  }
  return {
    state: { ...state, v: 1, global: [Math.max(0, global - 1), now], tabs: { ...state?.tabs, [tabKey]: [Math.max(0, tab - 1), now] } },
    spend: { ok: true },
  };
}

// Read-modify-write of one storage item: serialised so two tabs spending at once both count.
async function withBudget<T>(update: (state: LookupBudgetState | null) => { state: LookupBudgetState | null; value: T }): Promise<T> {
  let result: T | undefined;
  await lookupBudgetItem.update((current) => {
    const { state, value } = update(current);
    result = value;
    return state;
  });
  return result as T;
}

/** One API request for this tab: allowed, or paused until `resumeAt`. */
export function spendLookup(tabId: number, byRecruiter: boolean, now = Date.now()): Promise<Spend> {
  return withBudget((state) => {
    const { state: next, spend } = spendFrom(state, tabId, now, byRecruiter);
    return { state: next, value: spend };
  });
}

/** A closed tab's bucket goes (a new tab starts full; the global bucket still bounds tab churn). */
export function forgetTabBudget(tabId: number): Promise<void> {
  return withBudget((state) => {
    if (!state?.tabs[String(tabId)]) return { state, value: undefined };
    const tabs = { ...state.tabs };
    delete tabs[String(tabId)];
    return { state: { ...state, tabs }, value: undefined };
  });
}

/**
 * The rule for automatic list lookups (score chips, list-scores.ts), in one place: a page load may
 * cause at most PAGE_LOOKUPS requests, PAGE_LOOKUPS more per "Show more scores" click (a recruiter's
 * click), and all pages together draw on LIST_BUCKET, so a page that reloads itself is held to about
 * one lookup a second. Both are kept here, in storage.session, with the tab and global buckets:
 * neither a reload nor a worker restart refills them. A row whose answer is cached costs nothing.
 */
export const PAGE_LOOKUPS = 100;
export const LIST_BUCKET: Bucket = { capacity: 400, refillMs: 1_000 };
/** The latest closed tabs and replaced page loads: a page's last message arrives within moments. */
const MAX_GONE = 200;

export type ListSpend = 'ok' | 'limit' | 'rate-limited' | 'gone';

const goneWith = (state: LookupBudgetState | null, key: string) => [...(state?.gone ?? []).filter((old) => old !== key), key].slice(-MAX_GONE);
const withPages = (state: LookupBudgetState | null, now: number, pages: Record<string, ListPage>, gone = state?.gone): LookupBudgetState => ({
  v: 1,
  global: state?.global ?? [GLOBAL_BUCKET.capacity, now],
  tabs: state?.tabs ?? {},
  ...(state?.list ? { list: state.list } : {}),
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

/** Pure: one automatic lookup for this page load, from its allowance and the list bucket. */
export function spendListFrom(
  state: LookupBudgetState | null,
  tabId: number,
  load: string,
  now: number,
): { state: LookupBudgetState | null; spend: ListSpend } {
  const page = state?.pages?.[String(tabId)];
  if (page?.load !== load) return { state, spend: 'gone' };
  if (page.used >= page.allowed) return { state, spend: 'limit' };
  const tokens = refill(state?.list, LIST_BUCKET, now);
  if (tokens < 1) return { state, spend: 'rate-limited' };
  const next = withPages(state, now, { ...state?.pages, [String(tabId)]: { ...page, used: page.used + 1 } });
  return { state: { ...next, list: [tokens - 1, now] }, spend: 'ok' };
}

export function openListPage(tabId: number, load: string, now = Date.now()): Promise<boolean> {
  return withBudget((state) => {
    const { state: next, open } = openPageFrom(state, tabId, load, now);
    return { state: next, value: open };
  });
}

export function spendListLookup(tabId: number, load: string, now = Date.now()): Promise<ListSpend> {
  return withBudget((state) => {
    const { state: next, spend } = spendListFrom(state, tabId, load, now);
    return { state: next, value: spend };
  });
}

/** "Show more scores": PAGE_LOOKUPS more for this page load (0 when it is gone). */
export function allowMoreListLookups(tabId: number, load: string, now = Date.now()): Promise<number> {
  return withBudget((state) => {
    const page = state?.pages?.[String(tabId)];
    if (page?.load !== load) return { state, value: 0 };
    const allowed = Math.max(page.allowed, page.used) + PAGE_LOOKUPS;
    return { state: withPages(state, now, { ...state?.pages, [String(tabId)]: { ...page, allowed } }), value: allowed };
  });
}

/** The tab closed: its page load's allowance goes, and a late message from it opens none. */
export function retireListTab(tabId: number, now = Date.now()): Promise<void> {
  return withBudget((state) => {
    const pages = { ...state?.pages };
    delete pages[String(tabId)];
    return { state: withPages(state, now, pages, goneWith(state, String(tabId))), value: undefined };
  });
}
