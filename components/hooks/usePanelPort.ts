import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PANEL_PORT_PREFIX } from '../../utils/background/side-panel';

/** A worker that restarts is back within moments: first reconnect soon, then back off to twice a minute. */
const FIRST_RETRY_MS = 500;
const MAX_RETRY_MS = 30_000;

/**
 * Tells the worker this window's panel is open by holding a port named `panel:{windowId}`, so its
 * keyboard shortcut can close the panel as well as open it. The worker forgets ports when it stops;
 * reconnect when the port drops, backing off if it keeps dropping at once.
 */
export function usePanelPort(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return undefined;
    let stopped = false;
    let port: { disconnect(): void } | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let delay = FIRST_RETRY_MS;
    const connect = (windowId: number) => {
      if (stopped) return;
      const openedAt = Date.now();
      try {
        const opened = browser.runtime.connect({ name: `${PANEL_PORT_PREFIX}${windowId}` });
        port = opened;
        opened.onDisconnect.addListener(() => {
          if (stopped) return;
          delay = Date.now() - openedAt > MAX_RETRY_MS ? FIRST_RETRY_MS : Math.min(delay * 2, MAX_RETRY_MS);
          timer = setTimeout(() => connect(windowId), delay);
        });
      } catch {
        // No runtime messaging here (a test page, or the extension was updated under us).
      }
    };
    void Promise.resolve()
      .then(() => browser.windows.getCurrent())
      .then((current) => current?.id !== undefined && connect(current.id))
      .catch(() => undefined);
    return () => {
      stopped = true;
      clearTimeout(timer);
      port?.disconnect();
    };
  }, [enabled]);
}
