import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { autoOpenedItem, autoOpenItem, customRulesItem, listScoresItem } from '../storage';
import { stubUnimplementedListeners } from './fake-worker';

// Issue 9, item 5: the first click after Chrome stopped the idle worker. The click's message wakes a
// worker with nothing in memory; sidePanel.open must still be called before any await (the user
// gesture does not survive one). Here: the call must happen synchronously inside the message event.

const sender = (tabId: number, url: string): Browser.runtime.MessageSender => ({
  id: fakeBrowser.runtime.id,
  url,
  tab: { id: tabId } as Browser.tabs.Tab,
  frameId: 0,
});
const RULE_PAGE = 'https://ats.acme.example/talent/77123';

let open: ReturnType<typeof vi.fn>;
beforeEach(() => {
  fakeBrowser.reset();
  stubUnimplementedListeners();
  open = vi.fn(async () => undefined);
  vi.stubGlobal('chrome', { sidePanel: { open, setPanelBehavior: vi.fn(async () => undefined) } });
  return () => vi.unstubAllGlobals();
});

/** A freshly started worker: new module state, as after Chrome stopped the last one. */
async function freshWorker(): Promise<() => void> {
  vi.resetModules();
  return (await import('./index')).startBackground;
}

/** Starts a fresh worker and delivers the click in the same task, before any storage read finished. */
async function wakeWithClick(message: unknown, from: Browser.runtime.MessageSender) {
  const startBackground = await freshWorker();
  startBackground();
  const answers = fakeBrowser.runtime.onMessage.trigger(message, from);
  const openedSynchronously = open.mock.calls.length;
  return { openedSynchronously, answers };
}

describe('the first click after the worker slept', () => {
  it('opens the panel at once from a host of a recruiter rule, before the rules are read', async () => {
    await customRulesItem.setValue([
      { id: 'acme', name: 'Acme', host: 'ats.acme.example', urlPattern: '/talent/(?<candidateId>\\d+)', template: '{candidateId}' },
    ]);
    const { openedSynchronously, answers } = await wakeWithClick({ type: 'panel:open' }, sender(4, RULE_PAGE));
    expect(openedSynchronously).toBe(1);
    expect((await answers).find(Boolean)).toEqual({ opened: true });
    expect(open).toHaveBeenCalledWith({ tabId: 4 });
  });

  it('opens the panel at once for "Open automatically", on the page-load decision, and only once per tab', async () => {
    await autoOpenItem.setValue(true);
    const url = 'https://app.greenhouse.io/people/4012345002';
    const { openedSynchronously, answers } = await wakeWithClick({ type: 'panel:open', auto: true }, sender(5, url));
    expect(openedSynchronously).toBe(1);
    expect((await answers).find(Boolean)).toEqual({ opened: true });
    await vi.waitFor(async () => expect(await autoOpenedItem.getValue()).toEqual([5]));
    // The same tab again (state now loaded): refused without opening.
    expect((await fakeBrowser.runtime.onMessage.trigger({ type: 'panel:open', auto: true }, sender(5, url))).find(Boolean)).toEqual({ opened: false });
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('tells a page at load time whether its first click may open the panel', async () => {
    (await freshWorker())();
    const url = 'https://app.greenhouse.io/people/4012345002';
    const detection = { ats: 'greenhouse', ids: [{ key: 'personId', value: '4012345002' }], responseIds: [] };
    const ask = async () => (await fakeBrowser.runtime.onMessage.trigger({ type: 'page:detected', url, detection }, sender(6, url))).find(Boolean);
    expect(await ask()).toEqual({ autoOpen: false, listScores: true });
    await autoOpenItem.setValue(true);
    await vi.waitFor(async () => expect(await ask()).toEqual({ autoOpen: true, listScores: true }));
    await fakeBrowser.runtime.onMessage.trigger({ type: 'panel:open', auto: true }, sender(6, url));
    expect(await ask()).toEqual({ autoOpen: false, listScores: true }); // opened once in this tab already
    // The same answer says whether to put score chips on the page's candidate links.
    await listScoresItem.setValue(false);
    expect(await ask()).toEqual({ autoOpen: false, listScores: false });
  });

  it('still refuses a click from a frame inside the page or a plain http page', async () => {
    const frame = { ...sender(7, RULE_PAGE), frameId: 3 };
    expect((await wakeWithClick({ type: 'panel:open' }, frame)).openedSynchronously).toBe(0);
    expect((await wakeWithClick({ type: 'panel:open' }, sender(8, 'http://ats.acme.example/talent/1'))).openedSynchronously).toBe(0);
  });
});
