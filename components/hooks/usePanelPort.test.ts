import { renderHook } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { usePanelPort } from './usePanelPort';

function fakePort() {
  const listeners: Array<() => void> = [];
  return {
    disconnect: vi.fn(),
    onDisconnect: { addListener: (listener: () => void) => listeners.push(listener) },
    drop: () => listeners.forEach((listener) => listener()),
  };
}

describe('usePanelPort', () => {
  it('holds a port named after its window, reconnects when it drops, and lets go on unmount', async () => {
    {
      const ports = [fakePort(), fakePort()];
      vi.spyOn(browser.windows, 'getCurrent').mockResolvedValue({ id: 4 } as never);
      let opened = 0;
      const connect = vi.spyOn(browser.runtime, 'connect').mockImplementation((() => ports[opened++]) as never);
      const { unmount } = renderHook(() => usePanelPort(true));
      await vi.waitFor(() => expect(connect).toHaveBeenCalledWith({ name: 'panel:4' }));
      ports[0]!.drop();
      await vi.waitFor(() => expect(connect).toHaveBeenCalledTimes(2), { timeout: 2000 });
      unmount();
      await vi.waitFor(() => expect(ports[1]!.disconnect).toHaveBeenCalled());
    }
  });

  it('does nothing when the panel is pinned to a tab (opened as a page)', async () => {
    const connect = vi.spyOn(browser.runtime, 'connect');
    renderHook(() => usePanelPort(false));
    await Promise.resolve();
    expect(connect).not.toHaveBeenCalled();
  });
});
