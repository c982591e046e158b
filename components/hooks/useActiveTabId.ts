import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

/** `?tabId=N` pins the panel to one tab (the panel opened as an ordinary tab, e.g. in tests). */
export function pinnedTabId(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('tabId');
  return raw && /^\d+$/.test(raw) ? Number(raw) : undefined;
}

/**
 * The tab the panel is about: the active tab of the panel's own window, followed as the recruiter
 * switches tabs. `undefined` while it is being looked up, `null` when there is none.
 */
export function useActiveTabId(search = location.search): number | null | undefined {
  const pinned = pinnedTabId(search);
  const [tabId, setTabId] = useState<number | null | undefined>(pinned);

  useEffect(() => {
    if (pinned !== undefined) return undefined;
    let live = true;
    let windowId: number | undefined;
    let switched = false;
    // Activations in other windows belong to other panels; until our window is known, the query
    // below answers instead.
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (!live || windowId === undefined || info.windowId !== windowId) return;
      switched = true;
      setTabId(info.tabId);
    };
    browser.tabs.onActivated.addListener(onActivated);
    void (async () => {
      const [current, tabs] = await Promise.all([
        Promise.resolve(browser.windows.getCurrent()).catch(() => undefined),
        browser.tabs.query({ active: true, currentWindow: true }).catch(() => []),
      ]);
      if (!live) return;
      windowId = current?.id ?? tabs[0]?.windowId;
      if (!switched) setTabId(tabs[0]?.id ?? null);
    })();
    return () => {
      live = false;
      browser.tabs.onActivated.removeListener(onActivated);
    };
  }, [pinned]);

  return tabId;
}
