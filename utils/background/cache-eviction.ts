import type { LookupKey } from '../api/client';
import type { TabState } from '../tab-state';

/** A lookup's part of a cache key (cache.ts cacheKey: `scope|by=value`). */
export const lookupPart = (lookup: LookupKey) => `${lookup.by}=${lookup.value}`;

// The open tabs as the worker knows them (set by the worker). Their reports are never evicted, nor
// those of the lookups a tab is on (a tab that has just found its report and not yet named it): else
// a report larger than the budget would go with the next unrelated write (a list chip's answer) and
// the panel find nothing to show.
let openTabs: () => Iterable<TabState> = () => [];
export function keepWhileShown(tabs: () => Iterable<TabState>): void {
  openTabs = tabs;
}

/** The entries a write must keep: the one written, and every one an open tab shows or looks up. */
export function keptFor(written: string): (key: string) => boolean {
  const shown = new Set<string>([written]);
  const looked = new Set<string>();
  for (const tab of openTabs()) {
    if (tab.result?.kind === 'report') shown.add(tab.result.cacheKey);
    for (const lookup of tab.lookups) looked.add(lookupPart(lookup));
  }
  // A tab's lookup keeps its entry under any account (the scope is cacheKey's part before the '|').
  return (key) => shown.has(key) || looked.has(key.slice(key.indexOf('|') + 1));
}

/** Keys to drop, oldest first, until the total fits; never the one just written, nor one on screen. */
export function leastRecentlyUsed(index: Record<string, [number, number]>, maxBytes: number, kept: (key: string) => boolean): string[] {
  let total = Object.values(index).reduce((sum, [, size]) => sum + size, 0);
  const evict: string[] = [];
  for (const [key, [, size]] of Object.entries(index).sort((a, b) => a[1][0] - b[1][0])) {
    if (total <= maxBytes) break;
    if (kept(key)) continue;
    evict.push(key);
    total -= size;
  }
  return evict;
}
