import { fetchReport, type ClientConfig, type ClientOptions, type FetchResult, type LookupKey } from '../api/client';
import type { ApiError } from '../api/errors';
import { t } from '../i18n';
import { summarize, type Lookup, type ReportSummary, type TabResult, type TabState } from '../tab-state';
import { accountScope } from './account';
import type { Priority } from './queue';
import { spendLookup } from './budget';
import { generation } from './generation';
import { joins, sharedFetch } from './shared-fetch';
import { cacheKey, headIsFresh, readKnown, writeCache, writeMiss } from './cache';
import { endRun, readTab, startRun, updateTab } from './tabs';
import { later } from './timers';

export interface ResolveDeps {
  readonly config: () => Promise<ClientConfig & { downloadable?: boolean }>;
  readonly client?: ClientOptions;
  /** Whether the worker may reach the base URL's origin; without it a request would only fail late. */
  readonly hasAccess?: (baseUrl: string) => Promise<boolean>;
  /** An ATS's lookup templates in force (effective.ts), when the caller keeps them in memory. */
  readonly templates?: (atsId: string) => Promise<readonly string[]>;
}

export { abortAllRequests, sharedFetch } from './shared-fetch';

export interface Pause {
  readonly resumeAt: number;
  readonly scope: 'tab' | 'all';
}

type Outcome = { ok: true; cacheKey: string; stale: boolean; summary: ReportSummary } | { ok: false; error: ApiError; paused?: Pause };

type Config = ClientConfig & { downloadable?: boolean };

export interface GetOptions {
  /** Past the cache (Refresh). */
  readonly force?: boolean;
  /** The recruiter asked (Refresh, search, open in tab): never refused by the lookup budget. */
  readonly byRecruiter?: boolean;
  /** Whose budget pays; none for the open-in-tab page. */
  readonly tabId?: number;
  /** The caller's run: aborting it abandons the request (unless another caller shares it). */
  readonly signal?: AbortSignal;
  /**
   * The extension's own background re-checks (watched pending reports): bounded by construction (at
   * most 50 every 10 minutes, behind the recruiter's requests in the queue), and no page can start
   * one, so they do not spend the budget that protects the key from pages.
   */
  readonly unmetered?: boolean;
  /**
   * With `unmetered`: asked once a request is about to go out (nothing in the cache, none in flight to
   * join); false refuses it as rate-limited. List chips spend their allowances here, so a row whose
   * answer is known costs none.
   */
  readonly admit?: () => boolean | Promise<boolean>;
  /** The queue priority of `deps.client.fetch` (list chips, watch checks): which in-flight request it may join. */
  readonly priority?: Priority;
}

export async function getReport(lookup: LookupKey, config: Config, deps: ResolveDeps, options: GetOptions = {}): Promise<Outcome> {
  const key = cacheKey(await accountScope(config), lookup);
  return findReport(key, lookup, config, deps, options);
}

async function findReport(key: string, lookup: LookupKey, config: Config, deps: ResolveDeps, options: GetOptions): Promise<Outcome> {
  if (!options.force) {
    const { head: cached, missing } = await readKnown(key);
    if (cached && cached.summary.status === 'completed') return { ok: true, cacheKey: key, stale: !headIsFresh(cached), summary: cached.summary };
    if (missing) return { ok: false, error: { kind: 'not-found' } };
  }
  if (options.signal?.aborted) return { ok: false, error: { kind: 'offline' } };
  const priority = options.priority ?? 'user';
  const asked = generation();
  if (!joins(key, priority) && !options.unmetered) {
    const spend = await spendLookup(options.tabId ?? -1, { byRecruiter: options.byRecruiter });
    if (!spend.ok) return { ok: false, error: { kind: 'rate-limited' }, paused: { resumeAt: spend.resumeAt, scope: spend.scope } };
  }
  if (!joins(key, priority) && options.admit && !(await options.admit())) return { ok: false, error: { kind: 'rate-limited' } };
  const result = await sharedFetch(
    key,
    async (signal): Promise<FetchResult> => {
      const fetched = await fetchReport(lookup, config, {
        ...deps.client,
        fetch: abortable(deps.client?.fetch, signal),
        downloadableRecordings: config.downloadable,
      });
      // The API's own "no report" stands even when the caller has left meanwhile (the next view of
      // that candidate need not ask again); an abandoned request never ends in one. Not after a
      // clear or an account change, though: that answer belongs to data that is gone.
      if (!fetched.ok && fetched.error.kind === 'not-found' && !asked.aborted) await writeMiss(key).catch(() => undefined);
      if (!fetched.ok || signal.aborted || asked.aborted) return fetched;
      try {
        await writeCache(key, fetched.report);
        return fetched;
      } catch {
        // The panel reads reports from the cache: one the browser refuses to store (over its quota)
        // must end in a clear error, not a tab that stays "loading".
        return { ok: false, error: { kind: 'invalid-response', detail: t('errTooBig') } };
      }
    },
    options.signal,
    priority,
  );
  return result.ok ? { ok: true, cacheKey: key, stale: false, summary: summarize(result.report) } : { ok: false, error: result.error };
}

/** The client's fetch, also stopped by the run's signal (an aborted run retries nothing over the network). */
function abortable(base: typeof fetch | undefined, signal: AbortSignal): typeof fetch {
  const doFetch = base ?? globalThis.fetch.bind(globalThis);
  return (input, init) => {
    if (signal.aborted) return Promise.reject(new DOMException('The lookup was abandoned', 'AbortError'));
    return doFetch(input, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, signal]) : signal });
  };
}

/**
 * Tries the tab's lookups in order and records the first report found. Every write checks that the
 * tab still shows the same candidate (navId), so a late answer never lands on the next candidate; a
 * run that a newer one replaced (another navigation, a Refresh) stops between lookups and aborts its
 * request.
 */
export interface ResolveOptions {
  /** Past the cache (Refresh, a new key). */
  readonly force?: boolean;
  /** The recruiter asked (Refresh, search, a chip's click): never refused by the lookup budget. By default, when forced. */
  readonly byRecruiter?: boolean;
}

export async function resolveTab(tabId: number, navId: string, deps: ResolveDeps, { force = false, byRecruiter = force }: ResolveOptions = {}): Promise<void> {
  const state = await readTab(tabId);
  if (!state || state.navId !== navId || state.phase === 'no-candidate') return;
  const signal = startRun(tabId);
  try {
    await runLookups(tabId, navId, state, signal, deps, { force, byRecruiter });
  } finally {
    endRun(tabId, signal);
  }
}

async function runLookups(
  tabId: number,
  navId: string,
  state: TabState,
  signal: AbortSignal,
  deps: ResolveDeps,
  { force, byRecruiter }: ResolveOptions,
): Promise<void> {
  const config = await deps.config();
  if (!config.apiKey) {
    await settle(tabId, navId, signal, { kind: 'error', error: { kind: 'no-key' }, tried: [] });
    return;
  }
  if (deps.hasAccess && !(await deps.hasAccess(config.baseUrl))) {
    await settle(tabId, navId, signal, { kind: 'error', error: { kind: 'no-permission', origin: new URL(config.baseUrl).origin }, tried: [] });
    return;
  }
  const tried: Lookup[] = [];
  for (const lookup of state.lookups) {
    if (signal.aborted) return;
    const outcome = await getReport(lookup, config, deps, { force, byRecruiter, tabId, signal });
    if (signal.aborted) return;
    if (outcome.ok) {
      tried.push(lookup);
      await settle(tabId, navId, signal, { kind: 'report', cacheKey: outcome.cacheKey, lookup, summary: outcome.summary }, outcome.stale);
      if (outcome.stale) void refreshStale(tabId, navId, signal, lookup, config, deps);
      return;
    }
    if (outcome.paused) {
      await settle(tabId, navId, signal, { kind: 'paused', ...outcome.paused });
      resumeLater(tabId, navId, outcome.paused.resumeAt, deps);
      return;
    }
    tried.push(lookup);
    if (outcome.error.kind !== 'not-found') {
      await settle(tabId, navId, signal, { kind: 'error', error: outcome.error, tried });
      return;
    }
  }
  await settle(tabId, navId, signal, { kind: 'error', error: { kind: 'not-found' }, tried });
}

// A paused tab asks again by itself once its budget has a token (the recruiter's Refresh does at once).
const resumeTimers = new Map<number, ReturnType<typeof setTimeout>>();
export function resumeLater(tabId: number, navId: string, resumeAt: number, deps: ResolveDeps): void {
  clearTimeout(resumeTimers.get(tabId));
  const timer = later(() => {
    resumeTimers.delete(tabId);
    void readTab(tabId).then((state) => {
      if (state?.navId === navId && state.result?.kind === 'paused') return resolveTab(tabId, navId, deps);
    });
  }, resumeAt - Date.now());
  resumeTimers.set(tabId, timer);
}

async function refreshStale(tabId: number, navId: string, signal: AbortSignal, lookup: Lookup, config: Config, deps: ResolveDeps): Promise<void> {
  // The cached report stays on screen whatever happens; a failed (or refused) refresh only ends the spinner.
  const outcome = await getReport(lookup, config, deps, { force: true, tabId, signal });
  if (signal.aborted) return;
  await updateTab(tabId, (current) => {
    if (current?.navId !== navId) return undefined;
    const result = outcome.ok && current.result?.kind === 'report' ? { ...current.result, summary: outcome.summary } : current.result;
    return { ...current, result, refreshing: false, updatedAt: Date.now() };
  });
}

function settle(tabId: number, navId: string, signal: AbortSignal, result: TabResult, refreshing = false): Promise<TabState | null> {
  return updateTab(tabId, (current) =>
    current?.navId === navId && !signal.aborted ? { ...current, phase: 'ready', result, refreshing, updatedAt: Date.now() } : undefined,
  );
}
