import type { ApiErrorKind } from '../api/errors';
import type { AtsAdapter } from '../ats/types';
import { buildLookups } from '../lookups';
import type { ChipResult } from '../messages';
import type { Lookup } from '../tab-state';
import { accountScope } from './account';
import { allowMoreListLookups, forgetTabBudget, openListPage, spendListLookup } from './budget';
import { effectiveListScores } from './effective';
import { generation } from './generation';
import { getReport, resolveTab, type ResolveDeps } from './resolver';
import { resolveAdapter } from './rules';
import { newNavId, updateTab } from './tabs';
import { idsFromUrl } from './url-ids';

// Score chips on lists of candidates (utils/content/list-chips.ts). The page only says which link came
// on screen; the worker reads the candidate from that link's URL with the same adapter, templates and
// rules as a profile page (so a list never finds another report than the profile would), asks through
// the one request queue at list priority, and answers with only what the chip shows.

interface PageLoad {
  readonly load: string;
  /** Aborted when the tab loads another page or closes: its waiting lookups never go out. */
  readonly controller: AbortController;
  /** Candidates (by their lookups) this page load has paid for in this worker's life: each once. */
  readonly counted: Set<string>;
  /**
   * Their answers, so a row scrolled past twice (or re-rendered) asks nothing again. Keyed by account
   * too, and only for the generation they were asked in: after a key change or a clear, none is given.
   */
  readonly results: Map<string, Promise<ChipResult>>;
  asked: AbortSignal;
}

// What each page load may spend is kept by budget.ts (its rule is written there) in storage.session;
// this worker keeps only what dies with it anyway: the controllers and the answers it is giving.
const pages = new Map<number, PageLoad>();

async function pageLoad(tabId: number, load: string): Promise<PageLoad | undefined> {
  if (pages.get(tabId)?.load === load) return pages.get(tabId);
  if (!(await openListPage(tabId, load))) return undefined;
  let page = pages.get(tabId);
  if (page?.load === load) return page;
  page?.controller.abort();
  page = { load, controller: new AbortController(), counted: new Set(), results: new Map(), asked: generation() };
  pages.set(tabId, page);
  return page;
}

export function forgetTabLists(tabId: number): Promise<void> {
  pages.get(tabId)?.controller.abort();
  pages.delete(tabId);
  return forgetTabBudget(tabId);
}

/** Test hook: a fresh worker. */
export function resetListScores(): void {
  for (const page of pages.values()) page.controller.abort();
  pages.clear();
}

/** The candidate a list link names, read from its URL alone, with the lookups a profile would try. */
export async function listCandidate(
  ats: string,
  url: string,
  templates?: ResolveDeps['templates'],
): Promise<{ adapter: AtsAdapter; lookups: Lookup[] } | undefined> {
  const found = await resolveAdapter(ats, url, templates);
  if (!found) return undefined;
  const ids = idsFromUrl(found.adapter, url);
  if (!ids) return undefined;
  const lookups = buildLookups({ ats: found.adapter.id, ids, responseIds: [] }, found.adapter, found.templates);
  return lookups.length > 0 ? { adapter: found.adapter, lookups } : undefined;
}

const error = (kind: ApiErrorKind | 'not-candidate'): ChipResult => ({ kind: 'error', error: kind });

export interface ListDeps extends ResolveDeps {
  /** The setting in force, when the caller keeps it in memory (it is asked for every chip). */
  readonly listScoresOn?: () => Promise<boolean>;
}

/** One chip came on screen: its score, invite status, "none", or why not. */
export async function listScore(tabId: number, message: { url: string; ats: string; load: string }, deps: ListDeps): Promise<ChipResult> {
  const page = await pageLoad(tabId, message.load);
  // The tab closed or moved on while this was on its way: nobody will see the chip.
  if (!page) return error('offline');
  if (!(await (deps.listScoresOn ?? effectiveListScores)())) return { kind: 'off' };
  const candidate = await listCandidate(message.ats, message.url, deps.templates);
  if (!candidate) return error('not-candidate');
  const config = await deps.config();
  if (!config.apiKey) return error('no-key');
  if (page.asked !== generation()) {
    page.results.clear();
    page.asked = generation();
  }
  const asked = page.asked;
  const key = `${await accountScope(config)}:${candidate.lookups.map((lookup) => `${lookup.by}=${lookup.value}`).join('|')}`;
  const known = page.results.get(key);
  if (known) return known;
  // This page load's cap and the browser's bucket pay for requests only: a row whose answer is in the
  // cache (a report, or "no report" lately) costs neither.
  let refusal: ChipResult | undefined;
  const admit = async () => {
    if (page.counted.has(key)) return true;
    page.counted.add(key);
    const spend = await spendListLookup(tabId, message.load);
    if (spend === 'ok') return true;
    page.counted.delete(key);
    refusal = spend === 'limit' ? { kind: 'limit' } : error(spend === 'gone' ? 'offline' : 'rate-limited');
    return false;
  };
  const signal = AbortSignal.any([page.controller.signal, asked]);
  const result = lookUp(candidate.lookups, config, tabId, deps, signal, admit).then((answer) => refusal ?? answer);
  page.results.set(key, result);
  // Only answers worth keeping are kept: after a failure or a refusal, the row asks again when next
  // on screen (after "Show more scores", for one over this page load's allowance).
  void result.then((answer) => {
    if ((answer.kind === 'error' || answer.kind === 'limit') && page.results.get(key) === result) page.results.delete(key);
  });
  return result;
}

async function lookUp(
  lookups: readonly Lookup[],
  config: Awaited<ReturnType<ResolveDeps['config']>>,
  tabId: number,
  deps: ResolveDeps,
  signal: AbortSignal,
  admit: () => Promise<boolean>,
): Promise<ChipResult> {
  if (deps.hasAccess && !(await deps.hasAccess(config.baseUrl))) return error('no-permission');
  for (const lookup of lookups) {
    // Bounded by the page load's cap and the browser's bucket above, not by the tab's detection
    // bucket (a list of 50 would use it up and pause the candidate the recruiter opens next).
    if (signal.aborted) return error('offline');
    const outcome = await getReport(lookup, config, deps, { tabId, unmetered: true, signal, admit, priority: 'list' });
    // Cleared or the account changed meanwhile: the answer belongs to what is gone.
    if (signal.aborted) return error('offline');
    if (outcome.ok) {
      const { summary } = outcome;
      if (summary.status === 'pending') return { kind: 'pending', status: summary.inviteStatus.slice(0, 40) };
      return summary.score === undefined ? error('invalid-response') : { kind: 'score', score: summary.score };
    }
    if (outcome.error.kind !== 'not-found') return error(outcome.error.kind);
  }
  return { kind: 'none' };
}

/** "Show more scores": another batch for this page load. */
export async function moreListScores(tabId: number, load: string): Promise<{ allowed: number }> {
  if (!(await pageLoad(tabId, load))) return { allowed: 0 };
  return { allowed: await allowMoreListLookups(tabId, load) };
}

/**
 * A chip was clicked (the panel is already opening, inside the click's gesture): the tab now shows
 * that candidate, found the way their profile would find them, with the usual "how it was found".
 */
export async function openListCandidate(tabId: number, pageUrl: string, message: { url: string; ats: string }, deps: ResolveDeps): Promise<void> {
  const candidate = await listCandidate(message.ats, message.url, deps.templates);
  if (!candidate) return;
  const navId = newNavId();
  await updateTab(tabId, () => ({
    v: 1,
    tabId,
    navId,
    url: pageUrl,
    ats: candidate.adapter.id,
    atsName: candidate.adapter.name,
    lookups: candidate.lookups,
    phase: 'loading',
    updatedAt: Date.now(),
  }));
  await resolveTab(tabId, navId, deps, { byRecruiter: true });
}
