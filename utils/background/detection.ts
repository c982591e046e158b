import type { Detection } from '../ats/types';
import { buildLookups, sameLookups } from '../lookups';
import { lastDetectionItem } from '../storage';
import type { Lookup } from '../tab-state';
import { knownHead } from './cache';
import { knownResult, resolveTab, settleFromCache, type ResolveDeps } from './resolver';
import { hostAdapters, resolveAdapter } from './rules';
import { abortRun, newNavId, runActive, updateTab } from './tabs';
import { trustedDetection } from './url-ids';

/** A detection this long after the previous one always starts its lookup at once. */
export const BURST_MS = 1_000;
/** Closer than this to the last start, a detection is part of a burst (a page looping pushState). */
export const MIN_GAP_MS = 250;
/** Inside a burst, a lookup starts only once the tab has been quiet this long. */
export const QUIET_MS = 400;

// Per tab: when the last detection came and the last lookup started, and the lookup waiting for the
// burst to end. In memory: a restarted worker resumes 'loading' tabs from session storage anyway
// (index.ts resumeUnfinished).
const lastDetectionAt = new Map<number, number>();
const lastStartAt = new Map<number, number>();
const waiting = new Map<number, ReturnType<typeof setTimeout>>();
// The navId whose lookup this worker has scheduled or started per tab: a repeat detection for that
// candidate while it loads (the page filled in an email, a second copy of the content script after an
// update) joins it instead of starting over. A restarted worker has none, so it starts anew.
const scheduled = new Map<number, string>();
// Latest wins while a detection reads: one that waits on storage (cache heads not in memory) must
// not write its candidate after a newer detection of the same tab that needed no read. 100 pushState
// calls in 2 s otherwise ended on a made-up candidate's "no report" instead of the last one's score.
const latestDetection = new Map<number, number>();
let detectionCount = 0;

/** Whether this worker has scheduled or is running the lookup for the tab's current candidate. */
export function lookupUnderway(tabId: number): boolean {
  return scheduled.has(tabId) || runActive(tabId);
}

/** Runs the lookup for navId, marked as underway for repeat detections until it has ended. */
function underway(tabId: number, navId: string, run: () => Promise<void>): Promise<void> {
  scheduled.set(tabId, navId);
  return run().finally(() => {
    if (scheduled.get(tabId) === navId) scheduled.delete(tabId);
  });
}

/**
 * Starts the lookup for this navId at once when the tab is calm (quiet for a second, or its last
 * lookup is done and started a while ago: a recruiter clicking through cached candidates waits for
 * nothing), otherwise when the burst is over. Latest wins: a waiting lookup is dropped when a newer
 * detection arrives, so a page navigating through 100 candidates in 2 s costs about the first and the
 * last candidate's lookups, not 100. What gets through is still paid from the lookup budget.
 */
function scheduleResolve(tabId: number, navId: string, deps: ResolveDeps): Promise<void> {
  const now = Date.now();
  const previous = lastDetectionAt.get(tabId);
  const lastStart = lastStartAt.get(tabId);
  lastDetectionAt.set(tabId, now);
  const quiet = previous === undefined || now - previous >= BURST_MS;
  const calm = !waiting.has(tabId) && !runActive(tabId) && (lastStart === undefined || now - lastStart >= MIN_GAP_MS);
  clearTimeout(waiting.get(tabId));
  waiting.delete(tabId);
  const start = () => {
    lastStartAt.set(tabId, Date.now());
    return underway(tabId, navId, () => resolveTab(tabId, navId, deps));
  };
  if (quiet || calm) return start();
  const timer = setTimeout(() => {
    waiting.delete(tabId);
    void start();
  }, QUIET_MS);
  waiting.set(tabId, timer);
  // What the cache already holds costs the API nothing: show it now, not after the burst.
  return settleFromCache(tabId, navId, deps).then(
    (settled) => {
      if (!settled || waiting.get(tabId) !== timer) return;
      clearTimeout(timer);
      waiting.delete(tabId);
      if (scheduled.get(tabId) === navId) scheduled.delete(tabId);
    },
    () => undefined,
  );
}

export function forgetTabDetections(tabId: number): void {
  latestDetection.delete(tabId);
  clearTimeout(waiting.get(tabId));
  waiting.delete(tabId);
  lastDetectionAt.delete(tabId);
  lastStartAt.delete(tabId);
  scheduled.delete(tabId);
}

/** A content script said what is on its page: check it against the URL, record it, find the report. */
// The settings page's "which lookups would be tried" preview: the last candidate page, written at
// most once a second (a recruiter clicking through candidates would write it at every one).
const PREVIEW_MS = 1_000;
type Preview = Parameters<typeof lastDetectionItem.setValue>[0];
let previewTimer: ReturnType<typeof setTimeout> | undefined;
let nextPreview: Preview | undefined;
function showInPreview(preview: Preview): void {
  nextPreview = preview;
  previewTimer ??= setTimeout(() => {
    previewTimer = undefined;
    const value = nextPreview;
    nextPreview = undefined;
    if (value) void lastDetectionItem.setValue(value).catch(() => undefined);
  }, PREVIEW_MS);
}
/** The preview was removed (Clear all report data): one still waiting is not written after it. */
export function forgetPreview(): void {
  clearTimeout(previewTimer);
  previewTimer = undefined;
  nextPreview = undefined;
}

export async function onDetected(tabId: number, url: string, claimed: Detection | null, deps: ResolveDeps): Promise<void> {
  const mine = ++detectionCount;
  latestDetection.set(tabId, mine);
  const superseded = () => latestDetection.get(tabId) !== mine;
  const found = claimed ? await resolveAdapter(claimed.ats, url, deps.templates) : undefined;
  if (superseded()) return;
  const detection = claimed && found ? trustedDetection(claimed, found.adapter, url, found.rule) : null;
  if (!detection || !found) {
    // What "Why no report?" explains: which adapters cover this host and the URL shapes they read.
    const covering = await hostAdapters(url);
    if (superseded()) return;
    await updateTab(tabId, () => ({ v: 1, tabId, navId: newNavId(), url, lookups: [], phase: 'no-candidate', hostAdapters: covering, updatedAt: Date.now() }));
    return;
  }
  const { adapter, templates } = found;
  const lookups = buildLookups(detection, adapter, templates);
  // For the settings page's template preview only: not on the way to the badge, and not written
  // again for the same page (a page's re-scans and its in-app returns would write it each time).
  showInPreview({ ats: adapter.id, url, ids: [...detection.ids], responseIds: [...detection.responseIds] });
  // A recruiter clicking back to a candidate seen minutes ago: the worker knows the report without
  // asking storage or the API, and the tab goes straight from the last candidate to this one's report
  // (one state write and one badge change, not "loading" and then the same report a moment later).
  const known = await knownResult(lookups, deps).catch(() => undefined);
  if (superseded()) return;
  let navId: string | undefined;
  let settled = false;
  await updateTab(tabId, (current) => {
    const settledOrOnItsWay = current?.phase === 'ready' || (current?.phase === 'loading' && scheduled.get(tabId) === current.navId);
    if (current && settledOrOnItsWay && current.url === url && sameLookups(current.lookups, lookups)) {
      // Same candidate, the page only filled in more (e.g. the email): keep the result, or the lookup
      // already on its way (starting over would ask the API twice, and lose an answer not cached),
      // and the recruiter's confirmation of it.
      return sameEmails(current.emails, detection.emails) ? undefined : { ...current, emails: detection.emails, emailsFrom: detection.emailsFrom };
    }
    navId = newNavId();
    const detected = {
      v: 1,
      tabId,
      navId,
      url,
      ats: adapter.id,
      atsName: adapter.name,
      emails: detection.emails,
      emailsFrom: detection.emailsFrom,
      lookups,
      updatedAt: Date.now(),
    } as const;
    // Still known now (a cleared cache or a new key since forgets it): else the usual run decides.
    if (known && knownHead(known.cacheKey)) {
      settled = true;
      return { ...detected, phase: 'ready', result: known, refreshing: false };
    }
    scheduled.set(tabId, navId); // from here on, before the run has started (a repeat may come first)
    return { ...detected, phase: 'loading' };
  });
  if (!navId) return;
  if (!settled) return scheduleResolve(tabId, navId, deps);
  // Nothing to run for this candidate; what was under way for the last one stops.
  clearTimeout(waiting.get(tabId));
  waiting.delete(tabId);
  scheduled.delete(tabId);
  abortRun(tabId);
  lastDetectionAt.set(tabId, Date.now());
}

function sameEmails(a: readonly string[] = [], b: readonly string[] = []): boolean {
  return a.length === b.length && a.every((email, i) => email === b[i]);
}

/**
 * "It is the right candidate": the recruiter vouches for the report on screen despite the identity
 * warning. Remembered for this tab's candidate only (a new candidate is a new navId, without it).
 */
export async function confirmIdentity(tabId: number, responseId: string): Promise<void> {
  await updateTab(tabId, (current) =>
    current?.result?.kind === 'report' && current.result.summary?.responseId === responseId && current.confirmed !== responseId
      ? { ...current, confirmed: responseId, updatedAt: Date.now() }
      : undefined,
  );
}

/** Refresh / Check again / Try again: the same lookups, past the cache. The recruiter asked: no budget. */
export async function refreshTab(tabId: number, deps: ResolveDeps): Promise<void> {
  let navId: string | undefined;
  await updateTab(tabId, (current) => {
    if (!current || current.phase === 'no-candidate') return undefined;
    navId = current.navId;
    return { ...current, phase: 'loading', result: undefined, refreshing: false, updatedAt: Date.now() };
  });
  const id = navId;
  if (id) await underway(tabId, id, () => resolveTab(tabId, id, deps, true));
}

/** What a typed or selected id means: digits may be a response id or a custom field id. */
export function manualLookups(query: string): Lookup[] {
  const value = query.trim().replace(/^#/, '');
  const source = 'your search';
  const fromLink = /\/report\/(\d{1,15})(?:[/?#]|$)/.exec(value)?.[1];
  if (fromLink) return [{ by: 'response_id', value: fromLink, source }];
  if (/^\d{1,15}$/.test(value))
    return [
      { by: 'response_id', value, source },
      { by: 'custom_field_id', value, source },
    ];
  return value ? [{ by: 'custom_field_id', value: value.slice(0, 200), source }] : [];
}

/** The recruiter searched for an id (panel search box or context menu): show that report on this tab. */
export async function lookupManually(tabId: number, query: string, deps: ResolveDeps, url = ''): Promise<void> {
  const lookups = manualLookups(query);
  if (lookups.length === 0) return;
  const navId = newNavId();
  await updateTab(tabId, (current) => ({
    v: 1,
    tabId,
    navId,
    url: current?.url ?? url,
    atsName: current?.atsName,
    ats: current?.ats,
    emails: current?.emails,
    emailsFrom: current?.emailsFrom,
    lookups,
    manual: true,
    phase: 'loading',
    updatedAt: Date.now(),
  }));
  await resolveTab(tabId, navId, deps, false, true);
}
