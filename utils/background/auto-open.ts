import { autoOpenedItem } from '../storage';
import { effectiveAutoOpen } from './effective';

/**
 * "Open automatically", once per tab, kept in memory for a synchronous decision inside the click. A
 * worker woken by the click itself has neither value yet (storage reads are async and the gesture
 * does not survive an await): the page asked at load time (page:detected's answer) and only arms its
 * first-click listener when the worker said yes, so that earlier answer decides (see `claim`).
 */
export function createAutoOpen() {
  let on = false;
  let loaded = false;
  const opened = new Set<number>();

  const read = async () => {
    on = await effectiveAutoOpen();
  };
  const ready = Promise.all([read(), autoOpenedItem.getValue()]).then(([, tabs]) => {
    for (const tabId of tabs) opened.add(tabId);
    loaded = true;
  });

  return {
    /** The setting or the policy changed. */
    reread: () => void read(),
    /** At page load, not at the click: may this page's first click open the panel? */
    async decide(tabId: number): Promise<{ autoOpen: boolean }> {
      await ready;
      return { autoOpen: on && !opened.has(tabId) };
    },
    /**
     * The first click asks to open: false when it may not. Synchronous, so the caller can still open
     * the panel inside the click. Loaded: decided here. Not loaded (this click woke the worker): the
     * page's listener was armed by this worker's own earlier "yes" for this page, once; that stands.
     */
    claim(tabId: number): boolean {
      if (loaded && (!on || opened.has(tabId))) return false;
      opened.add(tabId);
      void ready.then(() => autoOpenedItem.setValue([...opened]));
      return true;
    },
    forget(tabId: number): void {
      opened.delete(tabId);
      void autoOpenedItem.setValue([...opened]);
    },
  };
}

export type AutoOpen = ReturnType<typeof createAutoOpen>;
