import { browser } from 'wxt/browser';
import { compareItem } from '../storage';

/** Side by side, four candidates still fit a 1024 px screen; a fifth would not. */
export const MAX_COMPARE = 4;

const RESPONSE_ID = /^\d{1,15}$/;

/**
 * The stored set read back: response ids only, each once, at most MAX_COMPARE. Anything else (an
 * older or hand-edited value) is dropped rather than trusted. Hand-written, not zod: the panel ships
 * without zod.
 */
export function sanitizeCompareIds(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  const ids: string[] = [];
  for (const value of raw) {
    if (typeof value === 'string' && RESPONSE_ID.test(value) && !ids.includes(value)) ids.push(value);
    if (ids.length === MAX_COMPARE) break;
  }
  return ids;
}

export type AddOutcome = 'added' | 'already' | 'full';

/** The set with `id` added at the end, unless it is there already or the set is full. */
export function withCandidate(ids: readonly string[], id: string): { outcome: AddOutcome; ids: string[] } {
  if (ids.includes(id)) return { outcome: 'already', ids: [...ids] };
  if (ids.length >= MAX_COMPARE) return { outcome: 'full', ids: [...ids] };
  return { outcome: 'added', ids: [...ids, id] };
}

export function withoutCandidate(ids: readonly string[], id: string): string[] {
  return ids.filter((other) => other !== id);
}

/** The stored set, sanitised on every read and change, shaped for useStoredValue. */
export const compareIds = {
  getValue: async (): Promise<string[]> => sanitizeCompareIds(await compareItem.getValue()),
  watch: (callback: (ids: string[]) => void): (() => void) => compareItem.watch((value) => callback(sanitizeCompareIds(value))),
};

// One at a time within this page (compareItem.update): two quick clicks must not both read the old set.
async function update<T>(change: (ids: string[]) => { ids: string[]; result: T }): Promise<T> {
  let result: T | undefined;
  await compareItem.update((stored) => {
    const before = sanitizeCompareIds(stored);
    const { ids, result: outcome } = change(before);
    result = outcome;
    return ids.join() !== before.join() ? ids : undefined;
  });
  return result as T;
}

export function addToCompare(id: string): Promise<{ outcome: AddOutcome; count: number }> {
  return update((before) => {
    const { outcome, ids } = withCandidate(before, id);
    return { ids, result: { outcome, count: ids.length } };
  });
}

export function removeFromCompare(id: string): Promise<void> {
  return update((before) => ({ ids: withoutCandidate(before, id), result: undefined }));
}

export function clearCompare(): Promise<void> {
  return update(() => ({ ids: [], result: undefined }));
}

/** The full-width compare page, in a new tab. It reads the stored set, so the URL carries no ids. */
export function openComparePage(): void {
  const url = browser.runtime.getURL('/sidepanel.html?compare' as '/sidepanel.html');
  void Promise.resolve(browser.tabs.create({ url })).catch(() => undefined);
}

/** `?compare`: the panel page opened as the compare page. */
export function isComparePage(search: string): boolean {
  return new URLSearchParams(search).has('compare');
}
