import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defineItem } from './storage';

beforeEach(() => fakeBrowser.reset());

describe('defineItem', () => {
  it('reads nothing when an item is defined, once per getValue, with the fallback for "not stored"', async () => {
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const item = defineItem<number[]>('local:numbers', { fallback: [] });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(get).not.toHaveBeenCalled();
    expect(await item.getValue()).toEqual([]);
    expect(get).toHaveBeenCalledTimes(1);
    await item.setValue([1, 2]);
    expect(await item.getValue()).toEqual([1, 2]);
  });

  it('tells watchers the new and the previous value, the fallback standing in for a removed one', async () => {
    const item = defineItem<boolean>('session:flag', { fallback: true });
    const seen: [boolean, boolean][] = [];
    const unwatch = item.watch((value, previous) => seen.push([value, previous]));
    await item.setValue(false);
    await item.removeValue();
    await vi.waitFor(() =>
      expect(seen).toEqual([
        [false, true],
        [true, false],
      ]),
    );
    unwatch();
    await item.setValue(false);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toHaveLength(2);
  });
});
