import { browser, type Browser } from 'wxt/browser';
import { adapters } from '../ats';
import { coversUrl, matchesPattern } from '../ats/match-pattern';
import type { ContentMessage, PageMessage } from '../messages';
import { rulePattern, type CustomRule } from '../rules';
import { autoOpenedItem } from '../storage';
import { clearCache, keepCacheKnowledgeInMemory, keepWhileShown, readCache } from './cache';
import { wireContextMenu } from './context-menu';
import { forgetTabBudget } from './budget';
import { confirmIdentity, forgetTabDetections, lookupManually, lookupUnderway, onDetected, refreshTab } from './detection';
import { onFirstRun } from './first-run';
import { classify } from './inbound';
import { restrictStorageToExtension } from './isolation';
import { apiOriginPattern, releaseOrigins } from './permissions';
import { clearReportData, removeApiKey } from './privacy';
import { createPublisher } from './publish';
import { rememberRecent } from './recent';
import { abortAllRequests, getReport, pinnedCacheKeys, resumeLater, resolveTab, type ResolveDeps } from './resolver';
import { readRules, rulesForUrl, syncRuleScripts } from './rules';
import { effectiveAutoOpen, effectiveListScores, effectiveTemplates } from './effective';
import { forgetTabLists, listScore, moreListScores, openListCandidate, type ListDeps } from './list-scores';
import { keepKeyOutOfStorageLocal } from './secret';
import { getSettings, hasBaseUrlAccess, publishPolicyView, readConfig, saveSettings, testConnection, touchesConfig } from './settings';
import { keepSettingsInMemory, onSettingsChange } from './settings-snapshot';
import { openPanel, togglePanel, trackOpenPanels, wireToolbarButton } from './side-panel';
import { allTabStates, keepTabsInMemory, newNavId, onTabStateChange, shownCacheKeys, updateTab } from './tabs';
import { requestQueue } from './queue';
import { queuedCheck, watchFromTab, wireWatch } from './watch';

// The recruiter's lookups take their turn in the one queue too: at most four requests out, theirs first.
const deps: ResolveDeps = {
  config: readConfig,
  templates: effectiveTemplates,
  hasAccess: hasBaseUrlAccess,
  client: { fetch: requestQueue.fetchFor('user') },
};
// Score chips on candidate lists: after the recruiter's own lookups, before watch re-checks.
const listDeps: ListDeps = { ...deps, client: { fetch: requestQueue.fetchFor('list') }, listScoresOn: effectiveListScores };
// The extension's own pages: compare by URL prefix (URL.origin is "null" for extension schemes in some engines).
const extensionOrigin = () => browser.runtime.getURL('/');

// Hosts of the recruiter's rules, kept in memory so the sender check stays synchronous (opening the
// side panel must happen inside the click's message handler, before any await).
let rulePatterns: string[] = [];
// The API origin the base URL in force needs (none for the default), to give it back when it moves.
let apiOrigin: Promise<string | undefined> = Promise.resolve(undefined);
let rulesReady: Promise<void> = Promise.resolve();
let rulesLoaded = false;
// Also in memory for a synchronous decision inside the click: open automatically, once per tab. A
// worker woken by the click itself has neither yet (storage reads are async and the gesture does not
// survive an await): the page asked at load time (page:detected's answer) and only arms its
// first-click listener when the worker said yes, so that earlier answer decides (see panel:open).
let autoOpen = false;
const autoOpened = new Set<number>();
let openStateReady: Promise<void> = Promise.resolve();
let openStateLoaded = false;

/** Everything the worker does, registered synchronously at start so a woken worker hears its event. */
export function startBackground(): void {
  keepSettingsInMemory();
  keepTabsInMemory();
  keepCacheKnowledgeInMemory();
  keepWhileShown(() => [...shownCacheKeys(), ...pinnedCacheKeys()]);
  void restrictStorageToExtension();
  keepKeyOutOfStorageLocal();
  wireToolbarButton();
  trackOpenPanels();
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command === 'toggle-panel' && tab?.id !== undefined) void togglePanel(tab.id, tab.windowId);
  });
  wireContextMenu((tabId, text, url) => lookupManually(tabId, text, deps, url));
  browser.runtime.onMessage.addListener(answerBySendResponse);
  browser.tabs.onRemoved.addListener((tabId) => {
    autoOpened.delete(tabId);
    void autoOpenedItem.setValue([...autoOpened]);
    forgetTabDetections(tabId);
    void forgetTabLists(tabId);
    void forgetTabBudget(tabId);
    void updateTab(tabId, () => null).finally(() => forgetBadge(tabId));
  });
  browser.tabs.onUpdated.addListener(onTabUpdated);
  browser.runtime.onInstalled.addListener((details) => {
    void injectIntoOpenTabs();
    void onFirstRun(details);
    void publishPolicyView();
  });
  // Not at every start: a worker woken for a detection has better things to do first; the settings
  // page asks (policy:get), and a change while the browser runs is published as it happens.
  browser.runtime.onStartup.addListener(() => void publishPolicyView());
  browser.permissions.onAdded?.addListener(() => {
    void syncRuleScripts().catch(() => undefined);
    void retryWithoutPermission();
  });
  browser.permissions.onRemoved?.addListener(() => void syncRuleScripts().catch(() => undefined));
  const badges = createPublisher();
  forgetBadge = badges.forget;
  onTabStateChange(badges.publish);
  onTabStateChange(rememberRecent);
  openStateReady = Promise.all([readAutoOpen(), autoOpenedItem.getValue()]).then(([, opened]) => {
    for (const tabId of opened) autoOpened.add(tabId);
    openStateLoaded = true;
  });
  onSettingsChange((change) => {
    // The admin changed the policy while the browser runs: apply it now, no reload.
    if (change.policyKeys.length > 0) void publishPolicyView();
    if (change.fields.has('autoOpen')) void readAutoOpen();
    if (change.fields.has('customRules') || change.policyKeys.length > 0) void loadRules(true);
    if (touchesConfig(change)) void onConfigChanged();
  });
  onTabStateChange((state) => watchFromTab(state));
  wireWatch(queuedCheck(readConfig, requestQueue));
  rulesReady = loadRules(false);
  // The same read the first lookup makes (the settings snapshot), not one of its own.
  apiOrigin = deps.config().then((config) => apiOriginPattern(config.baseUrl));
  // Recovery, not the event that woke the worker: after it.
  setTimeout(() => void resumeUnfinished(), RESUME_AFTER_MS);
}

/** A worker that died mid-lookup picks its tabs up this long after it starts again. */
const RESUME_AFTER_MS = 300;

async function readAutoOpen(): Promise<void> {
  autoOpen = await effectiveAutoOpen();
}

async function loadRules(resync: boolean): Promise<void> {
  const before = rulePatterns;
  rulePatterns = (await readRules()).map(rulePattern);
  rulesLoaded = true;
  if (!resync) return;
  // A removed rule's host is given back (unless another rule or the API still needs it).
  await releaseOrigins(before.filter((pattern) => !rulePatterns.includes(pattern))).catch(() => undefined);
  await syncRuleScripts().catch(() => undefined);
}

/** The rules for a page nothing recognised: a shipped host's content script knows only the adapters. */
function rulesHere(url: string): Promise<CustomRule[] | undefined> {
  return rulesReady.then(() => (rulePatterns.some((pattern) => matchesPattern(pattern, url)) ? rulesForUrl(url) : undefined));
}

function isKnownPage(url: string): boolean {
  return adapters.some((adapter) => coversUrl(adapter, url)) || rulePatterns.some((pattern) => matchesPattern(pattern, url));
}

/**
 * Chrome's native onMessage ignores a returned promise (the worker has no polyfill, see
 * utils/content/native-browser.ts): answer through sendResponse and keep the channel open.
 */
function answerBySendResponse(
  raw: unknown,
  sender: Browser.runtime.MessageSender,
  sendResponse?: (answer: unknown) => void,
): true | Promise<unknown> | undefined {
  const answer = onMessage(raw, sender);
  if (!answer || !sendResponse) return answer; // no channel to answer on (WXT's in-memory test browser): the promise
  answer.then(sendResponse, () => sendResponse(undefined));
  return true;
}

function onMessage(raw: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> | undefined {
  const inbound = classify(raw, sender, browser.runtime.id, extensionOrigin(), isKnownPage);
  if (inbound) return inbound.from === 'content' ? onContentMessage(inbound.message, inbound.tabId, inbound.url) : onPageMessage(inbound.message);
  // A worker woken by this very message may not have read the rules yet: retry once they are in.
  if (sender.tab && sender.id === browser.runtime.id) {
    // Except a click on our button: it must open the panel now, before any await loses the gesture.
    // Chrome attributes sender.id only to our own content scripts, which run only where we put them
    // (shipped hosts, hosts of granted rules), and opening the panel gives the page nothing.
    if (!rulesLoaded && isPanelOpen(raw)) {
      const early = classify(raw, sender, browser.runtime.id, extensionOrigin(), isHttpsPage);
      if (early?.from === 'content') return onContentMessage(early.message, early.tabId, early.url);
    }
    return rulesReady.then(() => {
      const again = classify(raw, sender, browser.runtime.id, extensionOrigin(), isKnownPage);
      return again?.from === 'content' ? onContentMessage(again.message, again.tabId, again.url) : undefined;
    });
  }
  return undefined;
}

function isPanelOpen(raw: unknown): boolean {
  const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
  return type === 'panel:open' || type === 'list:open';
}

function isHttpsPage(url: string): boolean {
  return url.startsWith('https://');
}

function onContentMessage(message: ContentMessage, tabId: number, url: string): Promise<unknown> {
  switch (message.type) {
    case 'panel:open':
      if (message.auto) {
        // Loaded: decide here. Not loaded (this click woke the worker): the page's listener was armed
        // by this worker's own earlier "yes" for this page, once; that answer stands.
        if (openStateLoaded && (!autoOpen || autoOpened.has(tabId))) return Promise.resolve({ opened: false });
        autoOpened.add(tabId);
        void openStateReady.then(() => autoOpenedItem.setValue([...autoOpened]));
      }
      // No await before this call: it needs the click's user gesture.
      return openPanel(tabId).then((opened) => ({ opened }));
    case 'page:detected':
      // Answered at once: the lookup runs on, and the page needs only the auto-open decision.
      void onDetected(tabId, url, message.detection, deps).catch(() => undefined);
      return Promise.all([
        message.detection ? autoOpenDecision(tabId) : { autoOpen: false },
        effectiveListScores(),
        message.detection ? undefined : rulesHere(url),
      ]).then(([decision, listScores, rules]) => ({ ...decision, listScores, ...(rules?.length ? { rules } : {}) }));
    case 'rules:get':
      return rulesForUrl(url);
    case 'list:score':
      return Promise.all(message.items.map((item) => listScore(tabId, { ...item, load: message.load }, listDeps)));
    case 'list:open': {
      // No await before this call either: the chip's click is the user gesture.
      const opened = openPanel(tabId);
      void openListCandidate(tabId, url, message, deps).catch(() => undefined);
      return opened.then((done) => ({ opened: done }));
    }
    case 'list:more':
      return moreListScores(tabId, message.load);
  }
}

function onPageMessage(message: PageMessage): Promise<unknown> {
  switch (message.type) {
    case 'tab:refresh':
      return refreshTab(message.tabId, deps);
    case 'tab:confirm-identity':
      return confirmIdentity(message.tabId, message.responseId);
    case 'lookup:manual':
      return lookupManually(message.tabId, message.query, deps);
    case 'report:get':
      return reportById(message.responseId, message.force === true);
    case 'settings:get':
      return getSettings();
    case 'settings:save':
      return saveSettings(message);
    case 'settings:test':
      return testConnection(message);
    case 'privacy:clear-data':
      return clearReportData();
    case 'privacy:remove-key':
      return removeApiKey();
    case 'policy:get':
      return publishPolicyView();
  }
}

/** At page load, not at the click: may this page's first click open the panel? */
async function autoOpenDecision(tabId: number): Promise<{ autoOpen: boolean }> {
  await openStateReady;
  return { autoOpen: autoOpen && !autoOpened.has(tabId) };
}

async function reportById(responseId: string, force: boolean) {
  const config = await readConfig();
  if (!config.apiKey) return { ok: false, error: { kind: 'no-key' } };
  if (!(await hasBaseUrlAccess(config.baseUrl))) return { ok: false, error: { kind: 'no-permission', origin: new URL(config.baseUrl).origin } };
  // The open-in-tab page: the recruiter opened it, and its Refresh goes past the cache.
  const outcome = await getReport({ by: 'response_id', value: responseId }, config, deps, { force, byRecruiter: true });
  if (!outcome.ok) return outcome;
  const entry = await readCache(outcome.cacheKey);
  return entry ? { ok: true, report: entry.report } : { ok: false, error: { kind: 'not-found' } };
}

// Set by startBackground: the badge the browser reset on a navigation is not "already shown".
let forgetBadge: (tabId: number) => void = () => undefined;

function onTabUpdated(tabId: number, change: Browser.tabs.OnUpdatedInfo): void {
  if (change.status !== 'loading') return;
  forgetBadge(tabId);
  // A new document, or (Chrome fires "loading" for history.pushState too) an in-app navigation.
  // Off the ATS hosts: forget the tab. On them: unless the page already reported this address,
  // show loading under a new navId until it does, so no answer for the last candidate can land.
  const url = change.url;
  void updateTab(tabId, (current) => {
    if (!current) return undefined;
    if (!url || !isKnownPage(url)) return null;
    if (current.url === url) return undefined;
    return { ...current, navId: newNavId(), url, phase: 'loading', result: undefined, refreshing: false, updatedAt: Date.now() };
  });
}

/** A worker stopped mid-fetch loses its promises, not its state: pick up what was still loading. */
async function resumeUnfinished(): Promise<void> {
  for (const state of await allTabStates()) {
    // A tab whose page spoke since the start has its lookup under way already.
    if (state.phase === 'loading' && !lookupUnderway(state.tabId)) void resolveTab(state.tabId, state.navId, deps);
    else if (state.result?.kind === 'paused') resumeLater(state.tabId, state.navId, state.result.resumeAt, deps);
  }
}

async function onConfigChanged(): Promise<void> {
  const previousOrigin = apiOrigin;
  apiOrigin = readConfig().then((config) => apiOriginPattern(config.baseUrl));
  void Promise.all([previousOrigin, apiOrigin]).then(([before, now]) => releaseOrigins(before && before !== now ? [before] : []).catch(() => undefined));
  // Answers still on their way were asked with the old key or host: drop them, and give every tab a
  // new navId so nothing from before the change can be written.
  abortAllRequests();
  await clearCache();
  for (const state of await allTabStates()) {
    if (state.phase === 'no-candidate') continue;
    const navId = newNavId();
    await updateTab(state.tabId, (current) =>
      current ? { ...current, navId, phase: 'loading', result: undefined, refreshing: false, updatedAt: Date.now() } : undefined,
    );
    void resolveTab(state.tabId, navId, deps, true);
  }
}

/** Access was just granted (settings or the panel's "Allow access"): tabs waiting for it load now. */
async function retryWithoutPermission(): Promise<void> {
  for (const state of await allTabStates()) {
    if (state.result?.kind === 'error' && state.result.error.kind === 'no-permission') void refreshTab(state.tabId, deps);
  }
}

async function injectIntoOpenTabs(): Promise<void> {
  // Tabs opened before install/update have no detector yet; give them one instead of asking for a reload.
  await syncRuleScripts().catch(() => undefined);
  const tabs = await browser.tabs.query({ url: adapters.flatMap((adapter) => [...adapter.matches]) }).catch(() => []);
  for (const tab of tabs) {
    // tabs.query cannot leave out exclude_matches (public job boards under *.greenhouse.io).
    if (tab.id === undefined || (tab.url && !adapters.some((adapter) => coversUrl(adapter, tab.url!)))) continue;
    await browser.scripting.executeScript({ target: { tabId: tab.id }, files: ['/content-scripts/ats.js'] }).catch(() => undefined);
  }
}
