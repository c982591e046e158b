import { browser, type Browser } from 'wxt/browser';
import { adapters } from '../ats';
import { matchesPattern } from '../ats/match-pattern';
import type { ContentMessage, PageMessage } from '../messages';
import { rulePattern } from '../rules';
import { autoOpenItem, customRulesItem, policyOverridesItem } from '../storage';
import { clearCache, readCache } from './cache';
import { wireContextMenu } from './context-menu';
import { lookupManually, onDetected, refreshTab } from './detection';
import { onFirstRun } from './first-run';
import { classify } from './inbound';
import { restrictStorageToExtension } from './isolation';
import { releaseUnneededOrigins } from './permissions';
import { clearReportData, removeApiKey } from './privacy';
import { publish } from './publish';
import { rememberRecent } from './recent';
import { getReport, resolveTab, type ResolveDeps } from './resolver';
import { readRules, rulesForUrl, syncRuleScripts } from './rules';
import { effectiveAutoOpen } from './effective';
import { publishPolicyView, watchPolicy } from './policy';
import { keepKeyOutOfStorageLocal } from './secret';
import { getSettings, hasBaseUrlAccess, readConfig, saveSettings, testConnection, watchConfig } from './settings';
import { openPanel, togglePanel, trackOpenPanels, wireToolbarButton } from './side-panel';
import { allTabStates, newNavId, onTabStateChange, updateTab } from './tabs';
import { requestQueue } from './queue';
import { queuedCheck, watchFromTab, wireWatch } from './watch';

// The recruiter's lookups are only observed by the queue, so background checks wait for them.
const deps: ResolveDeps = { config: readConfig, hasAccess: hasBaseUrlAccess, client: { fetch: requestQueue.observe } };
// The extension's own pages: compare by URL prefix (URL.origin is "null" for extension schemes in some engines).
const extensionOrigin = () => browser.runtime.getURL('/');

// Hosts of the recruiter's rules, kept in memory so the sender check stays synchronous (opening the
// side panel must happen inside the click's message handler, before any await).
let rulePatterns: string[] = [];
let rulesReady: Promise<void> = Promise.resolve();
// Also in memory for a synchronous decision inside the click: open automatically, once per tab.
let autoOpen = false;
const autoOpened = new Set<number>();

/** Everything the worker does, registered synchronously at start so a woken worker hears its event. */
export function startBackground(): void {
  void restrictStorageToExtension();
  keepKeyOutOfStorageLocal();
  wireToolbarButton();
  trackOpenPanels();
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command === 'toggle-panel' && tab?.id !== undefined) void togglePanel(tab.id, tab.windowId);
  });
  wireContextMenu((tabId, text, url) => lookupManually(tabId, text, deps, url));
  browser.runtime.onMessage.addListener(onMessage as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
  browser.tabs.onRemoved.addListener((tabId) => {
    autoOpened.delete(tabId);
    void updateTab(tabId, () => null);
  });
  browser.tabs.onUpdated.addListener(onTabUpdated);
  browser.runtime.onInstalled.addListener((details) => {
    void injectIntoOpenTabs();
    void onFirstRun(details);
  });
  browser.permissions.onAdded?.addListener(() => {
    void syncRuleScripts().catch(() => undefined);
    void retryWithoutPermission();
  });
  browser.permissions.onRemoved?.addListener(() => void syncRuleScripts().catch(() => undefined));
  onTabStateChange(publish);
  onTabStateChange(rememberRecent);
  void readAutoOpen();
  autoOpenItem.watch(() => void readAutoOpen());
  policyOverridesItem.watch(() => void readAutoOpen());
  watchPolicy(() => {
    // The admin changed the policy while the browser runs: apply it now, no reload.
    void publishPolicyView();
    void readAutoOpen();
    void loadRules(true);
  });
  void publishPolicyView();
  onTabStateChange((state) => watchFromTab(state));
  wireWatch(queuedCheck(readConfig, requestQueue));
  watchConfig(() => void onConfigChanged());
  customRulesItem.watch(() => void loadRules(true));
  rulesReady = loadRules(false);
  void resumeUnfinished();
}

async function readAutoOpen(): Promise<void> {
  autoOpen = await effectiveAutoOpen();
}

async function loadRules(resync: boolean): Promise<void> {
  rulePatterns = (await readRules()).map(rulePattern);
  if (!resync) return;
  await releaseUnneededOrigins().catch(() => undefined); // a removed rule's host is given back
  await syncRuleScripts().catch(() => undefined);
}

function isKnownPage(url: string): boolean {
  const patterns = [...adapters.flatMap((adapter) => adapter.matches), ...rulePatterns];
  return patterns.some((pattern) => matchesPattern(pattern, url));
}

function onMessage(raw: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> | undefined {
  const inbound = classify(raw, sender, browser.runtime.id, extensionOrigin(), isKnownPage);
  if (inbound) return inbound.from === 'content' ? onContentMessage(inbound.message, inbound.tabId, inbound.url) : onPageMessage(inbound.message);
  // A worker woken by this very message may not have read the rules yet: retry once they are in.
  if (sender.tab && sender.id === browser.runtime.id) {
    return rulesReady.then(() => {
      const again = classify(raw, sender, browser.runtime.id, extensionOrigin(), isKnownPage);
      return again?.from === 'content' ? onContentMessage(again.message, again.tabId, again.url) : undefined;
    });
  }
  return undefined;
}

function onContentMessage(message: ContentMessage, tabId: number, url: string): Promise<unknown> {
  switch (message.type) {
    case 'panel:open':
      if (message.auto) {
        if (!autoOpen || autoOpened.has(tabId)) return Promise.resolve({ opened: false });
        autoOpened.add(tabId);
      }
      // No await before this call: it needs the click's user gesture.
      return openPanel(tabId).then((opened) => ({ opened }));
    case 'page:detected':
      return onDetected(tabId, url, message.detection, deps);
    case 'rules:get':
      return rulesForUrl(url);
  }
}

function onPageMessage(message: PageMessage): Promise<unknown> {
  switch (message.type) {
    case 'tab:refresh':
      return refreshTab(message.tabId, deps);
    case 'lookup:manual':
      return lookupManually(message.tabId, message.query, deps);
    case 'report:get':
      return reportById(message.responseId);
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

async function reportById(responseId: string) {
  const config = await readConfig();
  if (!config.apiKey) return { ok: false, error: { kind: 'no-key' } };
  if (!(await hasBaseUrlAccess(config.baseUrl))) return { ok: false, error: { kind: 'no-permission', origin: new URL(config.baseUrl).origin } };
  const outcome = await getReport({ by: 'response_id', value: responseId }, config, deps, false);
  if (!outcome.ok) return outcome;
  const entry = await readCache(outcome.cacheKey);
  return entry ? { ok: true, report: entry.report } : { ok: false, error: { kind: 'not-found' } };
}

function onTabUpdated(tabId: number, change: Browser.tabs.OnUpdatedInfo): void {
  if (change.status !== 'loading') return;
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
    if (state.phase === 'loading') void resolveTab(state.tabId, state.navId, deps);
  }
}

async function onConfigChanged(): Promise<void> {
  void releaseUnneededOrigins().catch(() => undefined); // the previous base URL's origin is given back
  await clearCache();
  for (const state of await allTabStates()) {
    if (state.phase !== 'no-candidate') void refreshTab(state.tabId, deps);
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
    if (tab.id === undefined) continue;
    await browser.scripting.executeScript({ target: { tabId: tab.id }, files: ['/content-scripts/ats.js'] }).catch(() => undefined);
  }
}
