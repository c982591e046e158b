import { lookupBudgetItem, type LookupBudgetState } from '../storage';

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
      tab < 1 ? { ok: false, resumeAt: nextToken(nextTab, TAB_BUCKET, now), scope: 'tab' } : { ok: false, resumeAt: nextToken(nextGlobal, GLOBAL_BUCKET, now), scope: 'all' };
    return { state: { v: 1, global: [nextGlobal, now], tabs: { ...state?.tabs, [tabKey]: [nextTab, now] } }, spend: refusal };
  }
  return {
    state: { v: 1, global: [Math.max(0, global - 1), now], tabs: { ...state?.tabs, [tabKey]: [Math.max(0, tab - 1), now] } },
    spend: { ok: true },
  };
}

// Read-modify-write of one storage item: serialised so two tabs spending at once both count.
let queue: Promise<unknown> = Promise.resolve();
function withBudget<T>(update: (state: LookupBudgetState | null) => { state: LookupBudgetState | null; value: T }): Promise<T> {
  const run = queue.then(async () => {
    const { state, value } = update(await lookupBudgetItem.getValue());
    await lookupBudgetItem.setValue(state);
    return value;
  });
  queue = run.catch(() => undefined);
  return run;
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
