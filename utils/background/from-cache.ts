import type { Lookup, TabResult } from '../tab-state';
import { accountScope } from './account';
import { cacheKey, headIsFresh, readHead, readKnown } from './cache';
import type { ResolveDeps } from './resolver';
import { readTab, updateTab } from './tabs';

// What a detection can show from the cache alone, before (or instead of) a lookup run (resolver.ts).

/**
 * The result of a candidate's lookups when the cache already has it, without asking the API: the
 * lookups before it remembered to have no report, and it a fresh completed report. The full run would
 * pick the same one: it tries the lookups in this order, goes past a remembered "no report" and stops
 * at a fresh cached report. Anything else: undefined. What the worker knows (cache.ts keeps it in
 * memory) costs no read; a worker just started reads the first lookups' heads once, which the run
 * would read next anyway (at a cold start with the report cached: no "loading" write and badge).
 */
export async function knownResult(lookups: readonly Lookup[], deps: ResolveDeps): Promise<Extract<TabResult, { kind: 'report' }> | undefined> {
  if (lookups.length === 0) return undefined;
  const config = await deps.config();
  if (!config.apiKey) return undefined;
  const scope = await accountScope(config);
  for (const lookup of lookups) {
    const key = cacheKey(scope, lookup);
    const { head, missing } = await readKnown(key);
    if (missing) continue;
    return head && headIsFresh(head) ? { kind: 'report', cacheKey: key, lookup, summary: head.summary } : undefined;
  }
  return undefined;
}

/**
 * Inside a burst of detections: shows the report at once when the tab's first lookup is a completed
 * report in the cache (it costs the API nothing, and the full run would pick the same one: it tries
 * lookups in this order). True when that settles the tab; a report older than FRESH_MS is shown as
 * refreshing and false is returned, so the run after the burst still checks it (as it would have:
 * a recruiter's tabs stay open all day, and those reports waited the whole burst). Anything else
 * waits for the burst to end.
 */
export async function settleFromCache(tabId: number, navId: string, deps: ResolveDeps): Promise<boolean> {
  const [state, config] = await Promise.all([readTab(tabId), deps.config()]);
  const first = state?.lookups[0];
  if (!state || state.navId !== navId || state.phase !== 'loading' || !first || !config.apiKey) return false;
  const key = cacheKey(await accountScope(config), first);
  const cached = await readHead(key);
  if (!cached || cached.summary.status !== 'completed') return false;
  const fresh = headIsFresh(cached);
  const settled = await updateTab(tabId, (current) =>
    current?.navId === navId && current.phase === 'loading'
      ? {
          ...current,
          phase: 'ready',
          result: { kind: 'report', cacheKey: key, lookup: first, summary: cached.summary },
          refreshing: !fresh,
          updatedAt: Date.now(),
        }
      : undefined,
  );
  return fresh && settled?.navId === navId && settled.phase === 'ready';
}
