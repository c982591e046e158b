import type { Detection } from '../ats/types';
import { buildLookups, sameLookups } from '../lookups';
import { lastDetectionItem } from '../storage';
import type { Lookup } from '../tab-state';
import { knownHead } from './cache';
import { knownResult, settleFromCache } from './from-cache';
import { resolveTab, type ResolveDeps } from './resolver';
import { hostAdapters, resolveAdapter } from './rules';
import { newNavId, runActive, updateTab } from './tabs';
import { trustedDetection } from './url-ids';

/**
 * One debounce decides when a tab looks: a candidate detected this long after the tab's previous
 * detection looks at once; a closer one (a page looping pushState, a burst of in-app navigations)
 * waits until the tab has been quiet this long, and a newer detection replaces it. 100 candidates in
 * 2 s cost about the first and the last candidate's lookups, not 100; what gets through is still paid
 * from the lookup budget.
 */
export const QUIET_MS = 400;

// Per tab, the newest detection. In memory: a restarted worker resumes 'loading' tabs from session
// storage anyway (index.ts resumeUnfinished).
interface Finding {
  /** Aborted by the tab's next detection: what this one is still reading must not be written. */
  readonly reading: AbortController;
  /**
   * The tab's last detection (the debounce's clock; none for a Refresh or a search): when it came,
   * whose it was (address and ids as the page claimed them), and whether it came after a quiet spell.
   */
  readonly came?: { readonly at: number; readonly candidate: string; readonly quiet: boolean };
  /**
   * The candidate whose lookup this worker has scheduled or started: a repeat detection for it while
   * it loads (the page filled in an email, a second copy of the content script after an update)
   * joins it instead of starting over. Its run is aborted by tabs.ts when the navId changes.
   */
  navId?: string;
  /** The lookup waiting for the tab to be quiet, and its timer (pushed back by every detection). */
  waiting?: () => Promise<void>;
  timer?: ReturnType<typeof setTimeout>;
}
const findings = new Map<number, Finding>();

/** Whether this worker has scheduled or is running the lookup for the tab's current candidate. */
export function lookupUnderway(tabId: number): boolean {
  return findings.get(tabId)?.navId !== undefined || runActive(tabId);
}

/** Runs the lookup for navId, marked as underway for repeat detections until it has ended. */
function underway(tabId: number, navId: string, run: () => Promise<void>): Promise<void> {
  const finding = findings.get(tabId) ?? { reading: new AbortController() };
  finding.navId = navId;
  findings.set(tabId, finding);
  return run().finally(() => {
    const current = findings.get(tabId);
    if (current?.navId === navId) current.navId = undefined;
  });
}

function stopWaiting(finding: Finding | undefined): void {
  clearTimeout(finding?.timer);
  if (finding) finding.timer = finding.waiting = undefined;
}

/** (Re)starts the quiet period after which the tab's waiting lookup starts. */
function waitForQuiet(tabId: number, finding: Finding): void {
  clearTimeout(finding.timer);
  finding.timer = setTimeout(() => {
    const start = finding.waiting;
    stopWaiting(finding);
    if (findings.get(tabId) === finding) void start?.();
  }, QUIET_MS);
}

/** Looks now when the tab was quiet before this detection came, else once it is (see QUIET_MS). */
function scheduleResolve(tabId: number, navId: string, deps: ResolveDeps, quiet: boolean): Promise<void> {
  const finding = findings.get(tabId);
  stopWaiting(finding);
  const start = () => underway(tabId, navId, () => resolveTab(tabId, navId, deps));
  if (!finding || quiet) return start();
  finding.waiting = start;
  waitForQuiet(tabId, finding);
  // What the cache already holds costs the API nothing: show it now, not after the burst.
  return settleFromCache(tabId, navId, deps).then(
    (settled) => {
      const current = findings.get(tabId);
      if (!settled || current?.waiting !== start) return;
      stopWaiting(current);
      if (current.navId === navId) current.navId = undefined;
    },
    () => undefined,
  );
}

export function forgetTabDetections(tabId: number): void {
  const finding = findings.get(tabId);
  finding?.reading.abort();
  stopWaiting(finding);
  findings.delete(tabId);
}

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

/** A content script said what is on its page: check it against the URL, record it, find the report. */
export async function onDetected(tabId: number, url: string, claimed: Detection | null, deps: ResolveDeps): Promise<void> {
  // A newer detection of the tab supersedes this one; the lookup already under way is carried over.
  const previous = findings.get(tabId);
  previous?.reading.abort();
  clearTimeout(previous?.timer);
  const reading = new AbortController();
  const at = Date.now();
  // Judged when the detection comes (on a busy worker the steps below can take longer than QUIET_MS,
  // and a burst judged after them would look quiet throughout), between candidates: the same one
  // again (the page filled in an email, the name) keeps its verdict.
  const candidate = JSON.stringify([url, claimed?.ids, claimed?.responseIds]);
  const last = previous?.came;
  const quiet = !last || (last.candidate === candidate ? last.quiet : at - last.at >= QUIET_MS);
  const mine: Finding = { reading, came: { at, candidate, quiet }, navId: previous?.navId, waiting: previous?.waiting };
  findings.set(tabId, mine);
  if (mine.waiting) waitForQuiet(tabId, mine); // one quiet period after the last detection, whichever
  const superseded = () => reading.signal.aborted;
  const found = claimed ? await resolveAdapter(claimed.ats, url, deps.templates) : undefined;
  if (superseded()) return;
  const detection = claimed && found ? trustedDetection(claimed, found.adapter, url, found.rule) : null;
  if (!detection || !found) {
    // What "Why no report?" explains: which adapters cover this host and the URL shapes they read.
    const covering = await hostAdapters(url);
    if (superseded()) return;
    const state = { v: 1, tabId, navId: newNavId(), url, lookups: [], phase: 'no-candidate', hostAdapters: covering, updatedAt: Date.now() } as const;
    await updateTab(tabId, () => (superseded() ? undefined : state));
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
    // A newer detection came while this one waited its turn: it alone writes (a backlog of writes
    // must not replay each candidate of a burst).
    if (superseded()) return undefined;
    const settledOrOnItsWay = current?.phase === 'ready' || (current?.phase === 'loading' && findings.get(tabId)?.navId === current.navId);
    if (current && settledOrOnItsWay && current.url === url && sameLookups(current.lookups, lookups)) {
      // Same candidate, the page only filled in more (the email, the name): keep the result, or the lookup
      // already on its way (starting over would ask the API twice, and lose an answer not cached),
      // and the recruiter's confirmation of it.
      return sameEmails(current.emails, detection.emails) && current.name === detection.name
        ? undefined
        : { ...current, emails: detection.emails, emailsFrom: detection.emailsFrom, name: detection.name };
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
      name: detection.name,
      lookups,
      updatedAt: Date.now(),
    } as const;
    // Still known now (a cleared cache or a new key since forgets it): else the usual run decides.
    if (known && knownHead(known.cacheKey)) {
      settled = true;
      return { ...detected, phase: 'ready', result: known, refreshing: false };
    }
    const finding = findings.get(tabId);
    if (finding) finding.navId = navId; // from here on, before the run has started (a repeat may come first)
    return { ...detected, phase: 'loading' };
  });
  if (!navId) return;
  if (!settled) return scheduleResolve(tabId, navId, deps, quiet);
  // Nothing to run for this candidate; the new navId has aborted the last one's run (tabs.ts), and
  // a lookup still waiting for the tab to be quiet goes too.
  const finding = findings.get(tabId);
  stopWaiting(finding);
  if (finding) finding.navId = undefined;
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
  if (id) await underway(tabId, id, () => resolveTab(tabId, id, deps, { force: true }));
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
  await resolveTab(tabId, navId, deps, { byRecruiter: true });
}
