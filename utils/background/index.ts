import { browser, type Browser } from 'wxt/browser';
import { adapterById, adapters } from '../ats';
import { matchesPattern } from '../ats/match-pattern';
import type { Detection } from '../ats/types';
import { buildLookups, sameLookups } from '../lookups';
import type { ContentMessage, PageMessage, TabMessage } from '../messages';
import { TAB_KEY_PREFIX } from '../storage';
import type { TabState } from '../tab-state';
import { badgeFor } from './badge';
import { clearCache, readCache } from './cache';
import { classify } from './inbound';
import { resolveTab, type ResolveDeps } from './resolver';
import { getSettings, readConfig, saveSettings, testConnection, watchConfig } from './settings';
import { openPanel, wireToolbarButton } from './side-panel';
import { newNavId, onTabStateChange, updateTab } from './tabs';

const deps: ResolveDeps = { config: readConfig };
const extensionOrigin = () => new URL(browser.runtime.getURL('/')).origin;

/** Everything the worker does, registered synchronously at start so a woken worker hears its event. */
export function startBackground(): void {
  restrictStorageToExtension();
  wireToolbarButton();
  browser.runtime.onMessage.addListener(onMessage as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
  browser.tabs.onRemoved.addListener((tabId) => void updateTab(tabId, () => null));
  browser.tabs.onUpdated.addListener(onTabUpdated);
  browser.runtime.onInstalled.addListener(() => void injectIntoOpenTabs());
  onTabStateChange(publish);
  watchConfig(() => void onConfigChanged());
  void resumeUnfinished();
}

function restrictStorageToExtension(): void {
  // Chrome lets content scripts read storage.local by default; the API key lives there.
  const storage = (globalThis as { chrome?: { storage?: Record<string, { setAccessLevel?: (o: object) => Promise<void> }> } }).chrome?.storage;
  for (const area of ['local', 'session'] as const) {
    void storage?.[area]?.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' })?.catch(() => undefined);
  }
}

function isAtsPage(url: string): boolean {
  return adapters.some((adapter) => adapter.matches.some((pattern) => matchesPattern(pattern, url)));
}

function onMessage(raw: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> | undefined {
  const inbound = classify(raw, sender, browser.runtime.id, extensionOrigin(), isAtsPage);
  if (!inbound) return undefined;
  if (inbound.from === 'content') return onContentMessage(inbound.message, inbound.tabId, inbound.url);
  return onPageMessage(inbound.message);
}

function onContentMessage(message: ContentMessage, tabId: number, url: string): Promise<unknown> {
  switch (message.type) {
    case 'panel:open':
      // No await before this call: it needs the click's user gesture.
      return openPanel(tabId).then((opened) => ({ opened }));
    case 'page:detected':
      return onDetected(tabId, url, message.detection);
  }
}

function onPageMessage(message: PageMessage): Promise<unknown> {
  switch (message.type) {
    case 'tab:refresh':
      return refreshTab(message.tabId);
    case 'settings:get':
      return getSettings();
    case 'settings:save':
      return saveSettings(message);
    case 'settings:test':
      return testConnection(message);
  }
}

async function onDetected(tabId: number, url: string, detection: Detection | null): Promise<void> {
  const adapter = detection ? adapterById(detection.ats) : undefined;
  if (!detection || !adapter || !adapter.matches.some((pattern) => matchesPattern(pattern, url))) {
    await updateTab(tabId, () => ({ v: 1, tabId, navId: newNavId(), url, lookups: [], phase: 'no-candidate', updatedAt: Date.now() }));
    return;
  }
  const lookups = buildLookups(detection, adapter);
  let navId: string | undefined;
  await updateTab(tabId, (current) => {
    if (current && current.phase !== 'no-candidate' && current.url === url && sameLookups(current.lookups, lookups)) {
      // Same candidate, the page only filled in more (e.g. the email): keep the result.
      return current.email === detection.email ? undefined : { ...current, email: detection.email };
    }
    navId = newNavId();
    return { v: 1, tabId, navId, url, ats: adapter.id, atsName: adapter.name, email: detection.email, lookups, phase: 'loading', updatedAt: Date.now() };
  });
  if (navId) await resolveTab(tabId, navId, deps);
}

async function refreshTab(tabId: number): Promise<void> {
  let navId: string | undefined;
  await updateTab(tabId, (current) => {
    if (!current || current.phase === 'no-candidate') return undefined;
    navId = current.navId;
    return { ...current, phase: 'loading', result: undefined, refreshing: false, updatedAt: Date.now() };
  });
  if (navId) await resolveTab(tabId, navId, deps, true);
}

function onTabUpdated(tabId: number, change: Browser.tabs.OnUpdatedInfo): void {
  // A full page load starts a new document: forget the old candidate until the new page reports.
  // (History-API navigations do not go through "loading"; the content script reports those itself.)
  if (change.status === 'loading') void updateTab(tabId, (current) => (current ? null : undefined));
}

async function publish(state: TabState | null, tabId: number): Promise<void> {
  const entry = state?.result?.kind === 'report' ? await readCache(state.result.cacheKey) : null;
  const view = badgeFor(state, entry);
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  await Promise.allSettled([
    action.setBadgeText({ tabId, text: view.text }),
    action.setBadgeBackgroundColor({ tabId, color: view.color }),
    action.setTitle({ tabId, title: view.title }),
  ]);
  if (state && state.phase !== 'no-candidate' && view.launcher && view.tone) {
    const message: TabMessage = { type: 'launcher:update', label: view.launcher, tone: view.tone, title: view.title };
    await browser.tabs.sendMessage(tabId, message).catch(() => undefined);
  }
}

async function allTabStates(): Promise<TabState[]> {
  const all = await browser.storage.session.get(null);
  return Object.entries(all)
    .filter(([key]) => key.startsWith(TAB_KEY_PREFIX))
    .map(([, value]) => value as TabState)
    .filter((state) => state?.v === 1);
}

/** A worker stopped mid-fetch loses its promises, not its state: pick up what was still loading. */
async function resumeUnfinished(): Promise<void> {
  for (const state of await allTabStates()) {
    if (state.phase === 'loading') void resolveTab(state.tabId, state.navId, deps);
  }
}

async function onConfigChanged(): Promise<void> {
  await clearCache();
  for (const state of await allTabStates()) {
    if (state.phase !== 'no-candidate') void refreshTab(state.tabId);
  }
}

async function injectIntoOpenTabs(): Promise<void> {
  // Tabs opened before install/update have no detector yet; give them one instead of asking for a reload.
  const tabs = await browser.tabs.query({ url: adapters.flatMap((adapter) => [...adapter.matches]) }).catch(() => []);
  for (const tab of tabs) {
    if (tab.id === undefined) continue;
    await browser.scripting.executeScript({ target: { tabId: tab.id }, files: ['/content-scripts/ats.js'] }).catch(() => undefined);
  }
}
