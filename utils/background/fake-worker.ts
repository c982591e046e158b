import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * For unit tests that run the whole worker (startBackground) in WXT's in-memory browser: silences the
 * listeners it does not implement (it throws "not implemented"). Each is covered where it matters:
 * the menu in context-menu.test.ts, ports in usePanelPort.test.ts, permissions and commands in e2e.
 */
export function stubUnimplementedListeners(): void {
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
  for (const event of [
    fakeBrowser.contextMenus.onClicked,
    fakeBrowser.permissions.onAdded,
    fakeBrowser.permissions.onRemoved,
    fakeBrowser.runtime.onConnect,
    fakeBrowser.commands.onCommand,
  ]) {
    vi.spyOn(event, 'addListener').mockImplementation(() => undefined);
  }
}
