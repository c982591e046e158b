import { browser } from 'wxt/browser';

// Chrome has chrome.sidePanel; Firefox turns the same page into a sidebar (sidebarAction). Branch on
// what exists instead of on the browser's name, and never throw where an API is missing.

interface ChromeSidePanel {
  open(options: { tabId: number }): Promise<void>;
  close?(options: { windowId: number }): Promise<void>;
  setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
}
interface FirefoxSidebar {
  open(): Promise<void>;
  toggle?(): Promise<void>;
  isOpen?(details: { windowId?: number }): Promise<boolean>;
}

function chromeSidePanel(): ChromeSidePanel | undefined {
  return (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
}
function firefoxSidebar(): FirefoxSidebar | undefined {
  return (browser as unknown as { sidebarAction?: FirefoxSidebar }).sidebarAction;
}

/** The toolbar icon opens the panel (Chrome) or toggles the sidebar (Firefox). */
export function wireToolbarButton(): void {
  const panel = chromeSidePanel();
  if (panel) {
    void panel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
    return;
  }
  const sidebar = firefoxSidebar();
  if (sidebar) toolbarAction()?.onClicked.addListener(() => void (sidebar.toggle ?? sidebar.open)());
}

/** The toolbar button's API: `action` (MV3), `browserAction` in Firefox's MV2 build. */
export function toolbarAction(): typeof browser.action | undefined {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

/**
 * Must be called synchronously inside the handler of the click's message: Chrome only opens side
 * panels in response to a user gesture, and an `await` before this call loses it.
 */
export function openPanel(tabId: number): Promise<boolean> {
  try {
    const panel = chromeSidePanel();
    if (panel)
      return panel.open({ tabId }).then(
        () => true,
        () => false,
      );
    const sidebar = firefoxSidebar();
    // Firefox refuses open() from a page's click (not its own user action); the sidebar may be open
    // anyway, and then the click has done its job (it shows that candidate): say so.
    if (sidebar)
      return sidebar.open().then(
        () => true,
        () => sidebar.isOpen?.({}).catch(() => false) ?? false,
      );
  } catch {
    // Some builds throw synchronously (no gesture, API stubbed out): fall through to "not opened".
  }
  return Promise.resolve(false);
}

// Windows whose panel is open right now: each open panel holds a port named `panel:{windowId}`. Kept in
// memory because the toggle must decide synchronously, inside the shortcut's user gesture; a restarted
// worker learns it again at once, since panels reconnect as soon as their port drops.
export const PANEL_PORT_PREFIX = 'panel:';
const openWindows = new Set<number>();

export function trackOpenPanels(): void {
  browser.runtime.onConnect.addListener((port) => {
    if (!port.name.startsWith(PANEL_PORT_PREFIX) || port.sender?.id !== browser.runtime.id || port.sender?.tab) return;
    const windowId = Number(port.name.slice(PANEL_PORT_PREFIX.length));
    if (!Number.isInteger(windowId)) return;
    openWindows.add(windowId);
    port.onDisconnect.addListener(() => openWindows.delete(windowId));
  });
}

/** The keyboard shortcut: close the panel where it is open (Chrome 141+), open it where it is not. */
export function togglePanel(tabId: number, windowId: number): Promise<boolean> {
  const close = chromeSidePanel()?.close;
  if (openWindows.has(windowId) && close) {
    return close({ windowId }).then(
      () => false,
      () => openPanel(tabId),
    );
  }
  return openPanel(tabId);
}
