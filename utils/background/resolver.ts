import { fetchReport, type ClientConfig, type ClientOptions, type FetchResult, type LookupKey } from '../api/client';
import type { ApiError } from '../api/errors';
import { t } from '../i18n';
import { summarize, type Lookup, type ReportSummary, type TabResult, type TabState } from '../tab-state';
import { cacheKey, isFresh, readCache, writeCache } from './cache';
import { readTab, updateTab } from './tabs';

export interface ResolveDeps {
  readonly config: () => Promise<ClientConfig & { downloadable?: boolean }>;
  readonly client?: ClientOptions;
}

// Two tabs (or a tab and a refresh) asking for the same lookup share one request.
const inflight = new Map<string, Promise<FetchResult>>();

export function sharedFetch(key: string, run: () => Promise<FetchResult>): Promise<FetchResult> {
  const existing = inflight.get(key);
  if (existing) return existing;
  const request = run().finally(() => inflight.delete(key));
  inflight.set(key, request);
  return request;
}

type Outcome = { ok: true; cacheKey: string; stale: boolean; summary: ReportSummary } | { ok: false; error: ApiError };

type Config = ClientConfig & { downloadable?: boolean };

export async function getReport(lookup: LookupKey, config: Config, deps: ResolveDeps, force: boolean): Promise<Outcome> {
  const key = cacheKey(config.baseUrl, lookup);
  if (!force) {
    const cached = await readCache(key);
    if (cached && cached.report.status === 'completed') return { ok: true, cacheKey: key, stale: !isFresh(cached), summary: summarize(cached.report) };
  }
  const result = await sharedFetch(key, async (): Promise<FetchResult> => {
    const fetched = await fetchReport(lookup, config, { ...deps.client, downloadableRecordings: config.downloadable });
    if (!fetched.ok) return fetched;
    try {
      await writeCache(key, fetched.report);
      return fetched;
    } catch {
      // The panel reads reports from the cache: one the browser refuses to store (over its quota)
      // must end in a clear error, not a tab that stays "loading".
      return { ok: false, error: { kind: 'invalid-response', detail: t('errTooBig') } };
    }
  });
  return result.ok ? { ok: true, cacheKey: key, stale: false, summary: summarize(result.report) } : { ok: false, error: result.error };
}

/**
 * Tries the tab's lookups in order and records the first report found. Every write checks that the
 * tab still shows the same candidate (navId), so a late answer never lands on the next candidate.
 */
export async function resolveTab(tabId: number, navId: string, deps: ResolveDeps, force = false): Promise<void> {
  const state = await readTab(tabId);
  if (!state || state.navId !== navId || state.phase === 'no-candidate') return;
  const config = await deps.config();
  if (!config.apiKey) {
    await settle(tabId, navId, { kind: 'error', error: { kind: 'no-key' }, tried: [] });
    return;
  }
  const tried: Lookup[] = [];
  for (const lookup of state.lookups) {
    const outcome = await getReport(lookup, config, deps, force);
    tried.push(lookup);
    if (outcome.ok) {
      await settle(tabId, navId, { kind: 'report', cacheKey: outcome.cacheKey, lookup, summary: outcome.summary }, outcome.stale);
      if (outcome.stale) void refreshStale(tabId, navId, lookup, config, deps);
      return;
    }
    if (outcome.error.kind !== 'not-found') {
      await settle(tabId, navId, { kind: 'error', error: outcome.error, tried });
      return;
    }
  }
  await settle(tabId, navId, { kind: 'error', error: { kind: 'not-found' }, tried });
}

async function refreshStale(tabId: number, navId: string, lookup: Lookup, config: Config, deps: ResolveDeps): Promise<void> {
  // The cached report stays on screen whatever happens; a failed refresh only ends the spinner.
  const outcome = await getReport(lookup, config, deps, true);
  await updateTab(tabId, (current) => {
    if (current?.navId !== navId) return undefined;
    const result = outcome.ok && current.result?.kind === 'report' ? { ...current.result, summary: outcome.summary } : current.result;
    return { ...current, result, refreshing: false, updatedAt: Date.now() };
  });
}

function settle(tabId: number, navId: string, result: TabResult, refreshing = false): Promise<TabState | null> {
  return updateTab(tabId, (current) =>
    current?.navId === navId ? { ...current, phase: 'ready', result, refreshing, updatedAt: Date.now() } : undefined,
  );
}
