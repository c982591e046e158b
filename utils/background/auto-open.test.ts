import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { autoOpenedItem, autoOpenItem } from '../storage';
import { createAutoOpen } from './auto-open';

// "Open automatically": the page asks at load time, the first click claims the tab once.

beforeEach(() => fakeBrowser.reset());

describe('auto-open', () => {
  it('says yes at load time only with the setting on, then lets the first click open once per tab', async () => {
    await autoOpenItem.setValue(true);
    const autoOpen = createAutoOpen();
    expect(await autoOpen.decide(3)).toEqual({ autoOpen: true });
    expect(autoOpen.claim(3)).toBe(true);
    expect(autoOpen.claim(3)).toBe(false);
    expect(await autoOpen.decide(3)).toEqual({ autoOpen: false });
    await vi.waitFor(async () => expect(await autoOpenedItem.getValue()).toEqual([3]));
    // A closed tab's id may come back for another page: it starts over.
    autoOpen.forget(3);
    expect(await autoOpen.decide(3)).toEqual({ autoOpen: true });
    expect(await autoOpenedItem.getValue()).toEqual([]);
  });

  it('refuses with the setting off, and follows the setting when it changes', async () => {
    const autoOpen = createAutoOpen();
    expect(await autoOpen.decide(4)).toEqual({ autoOpen: false });
    expect(autoOpen.claim(4)).toBe(false);
    await autoOpenItem.setValue(true);
    autoOpen.reread();
    await vi.waitFor(async () => expect(await autoOpen.decide(4)).toEqual({ autoOpen: true }));
  });

  it('lets the click that woke the worker open, before anything is read, and remembers tabs across restarts', async () => {
    await autoOpenedItem.setValue([5]);
    const woken = createAutoOpen();
    // Nothing read yet: the page's own listener was armed by an earlier yes, which stands.
    expect(woken.claim(6)).toBe(true);
    expect(await woken.decide(5)).toEqual({ autoOpen: false });
    await vi.waitFor(async () => expect((await autoOpenedItem.getValue()).sort()).toEqual([5, 6]));
  });
});
