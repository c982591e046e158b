import type { ApiErrorKind } from '../api/errors';
import type { AtsAdapter } from '../ats/types';
import { buildLookups } from '../lookups';
import type { ChipResult } from '../messages';
import type { Lookup } from '../tab-state';
import { accountScope } from './account';
import { refill, type Bucket } from './budget';
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

/** Automatic lookups per page load; "Show more scores" allows this many more each time. */
export const PAGE_LOOKUPS = 100;
/**
 * Across tabs and page loads: a page reloading itself in a loop gets a fresh per-load allowance each
 * time, so list lookups also draw on one bucket for the browser (then about one a second).
 */
export const LIST_BUCKET: Bucket = { capacity: 400, refillMs: 1_000 };

interface PageLoad {
  readonly load: string;
  /** Aborted when the tab loads another page or closes: its waiting lookups never go out. */
  readonly controller: AbortController;
  allowed: number;
  /** Candidates (by their lookups) this page load has asked for: each counts once. */
  readonly counted: Set<string>;
  /**
   * Their answers, so a row scrolled past twice (or re-rendered) asks nothing again. Keyed by account
   * too, and only for the generation they were asked in: after a key change or a clear, none is given.
   */
  readonly results: Map<string, Promise<ChipResult>>;
  asked: AbortSignal;
}

const pages = new Map<number, PageLoad>();
let bucket: readonly [number, number] | undefined;
/**
 * Tabs closed (`7`) and page loads replaced (`7:token`) in this worker's life. A page's last message
 * can reach the worker after the tab's removal or the next page's first message: it must not start
 * a fresh allowance for a page nobody can see. Tab ids are not reused within a browser session.
 */
const gone = new Set<string>();
const MAX_GONE = 2_000;

function retire(key: string): void {
  gone.add(key);
  if (gone.size > MAX_GONE) gone.delete(gone.values().next().value!);
}

function pageLoad(tabId: number, load: string): PageLoad | undefined {
  let page = pages.get(tabId);
  if (page?.load === load) return page;
  if (gone.has(String(tabId)) || gone.has(`${tabId}:${load}`)) return undefined;
  if (page) {
    page.controller.abort();
    retire(`${tabId}:${page.load}`);
  }
  page = { load, controller: new AbortController(), allowed: PAGE_LOOKUPS, counted: new Set(), results: new Map(), asked: generation() };
  pages.set(tabId, page);
  return page;
}

function spendListToken(now = Date.now()): boolean {
  const tokens = refill(bucket, LIST_BUCKET, now);
  if (tokens < 1) return false;
  bucket = [tokens - 1, now];
  return true;
}

export function forgetTabLists(tabId: number): void {
  pages.get(tabId)?.controller.abort();
  pages.delete(tabId);
  retire(String(tabId));
}

/** Test hook: a fresh worker. */
export function resetListScores(): void {
  for (const page of pages.values()) page.controller.abort();
  pages.clear();
  gone.clear();
  bucket = undefined;
}

/** The candidate a list link names, read from its URL alone, with the lookups a profile would try. */
export async function listCandidate(ats: string, url: string, templates?: ResolveDeps['templates']): Promise<{ adapter: AtsAdapter; lookups: Lookup[] } | undefined> {
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
  const page = pageLoad(tabId, message.load);
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
  // The allowances (this page load's, the browser's list bucket) pay for requests only: a row whose
  // answer is in the cache (a report, or "no report" lately) costs neither.
  let refusal: ChipResult | undefined;
  const admit = () => {
    if (page.counted.has(key)) return true;
    if (page.counted.size >= page.allowed) refusal = { kind: 'limit' };
    else if (!spendListToken()) refusal = error('rate-limited');
    else page.counted.add(key);
    return refusal === undefined;
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

async function lookUp(lookups: readonly Lookup[], config: Awaited<ReturnType<ResolveDeps['config']>>, tabId: number, deps: ResolveDeps, signal: AbortSignal, admit: () => boolean): Promise<ChipResult> {
  if (deps.hasAccess && !(await deps.hasAccess(config.baseUrl))) return error('no-permission');
  for (const lookup of lookups) {
    // Bounded by the per-page-load allowance and the list bucket above, not by the tab's profile
    // budget (a list of 50 would use it up and pause the candidate the recruiter opens next).
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
export function moreListScores(tabId: number, load: string): { allowed: number } {
  const page = pageLoad(tabId, load);
  if (!page) return { allowed: 0 };
  page.allowed = Math.max(page.allowed, page.counted.size) + PAGE_LOOKUPS;
  return { allowed: page.allowed };
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
  await resolveTab(tabId, navId, deps, false, true);
}
