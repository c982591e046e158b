import { browser } from 'wxt/browser';
import { sessionKeys, TAB_KEY_PREFIX, tabStateItem } from '../storage';
import type { TabState } from '../tab-state';

type Listener = (state: TabState | null, tabId: number) => void | Promise<void>;
const listeners: Listener[] = [];
// The lookup run working for each tab (resolver.ts). Replaced by the next run, aborted when the tab
// moves to another candidate: a run for a navId that is no longer current must not even ask.
const runs = new Map<number, AbortController>();

/** A new lookup run for the tab; the previous one (same candidate or not) is aborted. */
export function startRun(tabId: number): AbortSignal {
  runs.get(tabId)?.abort();
  const controller = new AbortController();
  runs.set(tabId, controller);
  return controller.signal;
}

/** The run has ended (settled or given up): the tab is idle unless a newer run started since. */
export function endRun(tabId: number, signal: AbortSignal): void {
  if (runs.get(tabId)?.signal === signal) runs.delete(tabId);
}

export function runActive(tabId: number): boolean {
  return runs.has(tabId);
}

export function abortRun(tabId: number): void {
  runs.get(tabId)?.abort();
  runs.delete(tabId);
}

/** Called after every change of a tab's state (badge, launcher). */
export function onTabStateChange(listener: Listener): void {
  listeners.push(listener);
}

// While the worker runs (keepTabsInMemory, from startBackground), each tab's state is also kept in
// memory: every write goes through updateTab, which sets it once storage has it, so memory is never
// behind storage, and a detection reads no state back over IPC (about six reads per navigation).
// A restarted worker starts empty and reads storage again; code that never starts the worker (unit
// tests of one module) always reads storage.
let memory: Map<number, TabState> | undefined;

export function keepTabsInMemory(): void {
  memory = new Map();
}

/** The tabs' states as this worker has seen them (what they show now, which lookups they are on). */
export function tabsInMemory(): Iterable<TabState> {
  return memory?.values() ?? [];
}

export function readTab(tabId: number): Promise<TabState | null> {
  const known = memory?.get(tabId);
  return known ? Promise.resolve(known) : tabStateItem(tabId).getValue();
}

/**
 * Read-modify-write of one tab's state, one at a time per tab (the item's update), so a result
 * arriving for a candidate the recruiter has already left can be compared with the current navId and
 * dropped atomically.
 */
export function updateTab(tabId: number, update: (current: TabState | null) => TabState | null | undefined): Promise<TabState | null> {
  const item = tabStateItem(tabId);
  const change = (current: TabState | null) => {
    const next = update(current);
    if (next !== undefined && next?.navId !== current?.navId) abortRun(tabId);
    return next;
  };
  return item.update(change, {
    read: () => memory?.get(tabId) ?? item.getValue(),
    // The listeners (badge, recent list) are handed the new state: they need not wait for the write,
    // and the badge is one IPC round trip sooner. A failed write still fails the update.
    write: (store, next) => {
      const write = store().then(
        () => (next === null ? memory?.delete(tabId) : memory?.set(tabId, next)),
        (error: unknown) => {
          memory?.delete(tabId); // storage decides again
          throw error;
        },
      );
      const told = Promise.allSettled(listeners.map(async (listener) => listener(next, tabId)));
      return Promise.all([write, told]);
    },
  });
}

export function newNavId(): string {
  return crypto.randomUUID();
}

export async function allTabStates(): Promise<TabState[]> {
  const keys = await sessionKeys(TAB_KEY_PREFIX);
  if (keys.length === 0) return [];
  const states = await browser.storage.session.get(keys);
  return Object.values(states)
    .map((value) => value as TabState)
    .filter((state) => state?.v === 1);
}
