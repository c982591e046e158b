import { browser, type Browser } from 'wxt/browser';
import { forgetTabDetections } from './detection';
import { forgetTabLists } from './list-scores';
import { newNavId, updateTab } from './tabs';

interface TabLifecycleDeps {
  isKnownPage(url: string): boolean;
  /** The badge the browser reset on a navigation is not "already shown". */
  forgetBadge(tabId: number): void;
  forgetAutoOpen(tabId: number): void;
}

/** A tab navigating or closing: what the worker kept for it is forgotten or marked loading. */
export function wireTabLifecycle(deps: TabLifecycleDeps): void {
  browser.tabs.onRemoved.addListener((tabId) => {
    deps.forgetAutoOpen(tabId);
    forgetTabDetections(tabId);
    void forgetTabLists(tabId);
    void updateTab(tabId, () => null).finally(() => deps.forgetBadge(tabId));
  });
  browser.tabs.onUpdated.addListener((tabId, change) => onTabUpdated(tabId, change, deps));
}

function onTabUpdated(tabId: number, change: Browser.tabs.OnUpdatedInfo, deps: TabLifecycleDeps): void {
  if (change.status !== 'loading') return;
  deps.forgetBadge(tabId);
  // A new document, or (Chrome fires "loading" for history.pushState too) an in-app navigation.
  // Off the ATS hosts: forget the tab. On them: unless the page already reported this address,
  // show loading under a new navId until it does, so no answer for the last candidate can land.
  const url = change.url;
  void updateTab(tabId, (current) => {
    if (!current) return undefined;
    if (!url || !deps.isKnownPage(url)) return null;
    if (current.url === url) return undefined;
    return { ...current, navId: newNavId(), url, phase: 'loading', result: undefined, refreshing: false, updatedAt: Date.now() };
  });
}
