import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openPanel, togglePanel, trackOpenPanels } from './side-panel';

afterEach(() => vi.unstubAllGlobals());

function stubChromePanel() {
  const panel = { open: vi.fn(async () => undefined), close: vi.fn(async () => undefined), setPanelBehavior: vi.fn(async () => undefined) };
  vi.stubGlobal('chrome', { sidePanel: panel });
  return panel;
}

describe('side panel', () => {
  it('opens the panel for the tab, and says so', async () => {
    const panel = stubChromePanel();
    expect(await openPanel(4)).toBe(true);
    expect(panel.open).toHaveBeenCalledWith({ tabId: 4 });
  });

  it('answers "not opened" instead of throwing where the browser has no panel API', async () => {
    vi.stubGlobal('chrome', {});
    vi.spyOn(fakeBrowser.sidebarAction, 'open').mockImplementation(() => {
      throw new Error('sidebarAction.open may only be called from a user input handler');
    });
    expect(await openPanel(4)).toBe(false);
  });

  it('Firefox: when the sidebar refuses to open from a page click, the click still counts if the sidebar is open', async () => {
    vi.stubGlobal('chrome', {});
    vi.spyOn(fakeBrowser.sidebarAction, 'open').mockRejectedValue(new Error('sidebarAction.open may only be called from a user input handler'));
    const isOpen = vi.spyOn(fakeBrowser.sidebarAction, 'isOpen').mockResolvedValue(true);
    expect(await openPanel(4)).toBe(true);
    isOpen.mockResolvedValue(false);
    expect(await openPanel(4)).toBe(false);
    isOpen.mockRejectedValue(new Error('no'));
    expect(await openPanel(4)).toBe(false);
  });

  it('toggles: closes the panel in a window where one is connected, opens it elsewhere', async () => {
    const panel = stubChromePanel();
    let onConnect!: (port: unknown) => void;
    vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockImplementation((listener) => void (onConnect = listener as never));
    trackOpenPanels();
    let disconnect!: () => void;
    onConnect({ name: 'panel:9', sender: { id: fakeBrowser.runtime.id }, onDisconnect: { addListener: (fn: () => void) => (disconnect = fn) } });
    await togglePanel(4, 9);
    expect(panel.close).toHaveBeenCalledWith({ windowId: 9 });
    await togglePanel(5, 10);
    expect(panel.open).toHaveBeenCalledWith({ tabId: 5 });
    disconnect();
    await togglePanel(4, 9);
    expect(panel.open).toHaveBeenCalledWith({ tabId: 4 });
  });

  it('does not count a port from a content script as an open panel', async () => {
    const panel = stubChromePanel();
    let onConnect!: (port: unknown) => void;
    vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockImplementation((listener) => void (onConnect = listener as never));
    trackOpenPanels();
    onConnect({ name: 'panel:11', sender: { id: fakeBrowser.runtime.id, tab: { id: 1 } }, onDisconnect: { addListener: () => undefined } });
    await togglePanel(1, 11);
    expect(panel.close).not.toHaveBeenCalled();
  });
});
