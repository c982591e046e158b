import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defineItem, withLock } from './storage-item';

beforeEach(() => fakeBrowser.reset());

describe('update', () => {
  it('applies every one of 100 concurrent increments', async () => {
    const counter = defineItem<number>('session:counter', { fallback: 0 });
    const results = await Promise.all(Array.from({ length: 100 }, () => counter.update((n) => n + 1)));
    expect(await counter.getValue()).toBe(100);
    expect(results.toSorted((a, b) => a - b)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
  });

  it('serialises items defined separately on the same key (one per call, like a tab state)', async () => {
    const list = (key: string) => defineItem<string[]>(`session:${key}`, { fallback: [] });
    await Promise.all(['a', 'b', 'c'].map((letter) => list('letters').update(async (before) => [...before, letter])));
    expect((await list('letters').getValue()).toSorted()).toEqual(['a', 'b', 'c']);
  });

  it('leaves the value alone on undefined, removes it on null, and resolves to what is stored', async () => {
    const item = defineItem<string[]>('local:names', { fallback: [] });
    await item.setValue(['Alex']);
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    expect(await item.update(() => undefined)).toEqual(['Alex']);
    expect(set).not.toHaveBeenCalled();
    expect(await item.update((names) => [...names, 'Casey'])).toEqual(['Alex', 'Casey']);
    expect(await item.update(() => null)).toEqual([]);
    expect(await fakeBrowser.storage.local.get('names')).toEqual({});
  });

  it('rejects the caller whose change failed and runs the next one on the value before it', async () => {
    const item = defineItem<number>('session:n', { fallback: 1 });
    const failed = item.update(() => {
      throw new Error('no');
    });
    const next = item.update((n) => n * 10);
    await expect(failed).rejects.toThrow('no');
    expect(await next).toBe(10);
  });

  it('reads and writes through the options when the caller knows the value better, under the same lock', async () => {
    const item = defineItem<number>('session:known', { fallback: 0 });
    let memory = 5;
    const order: string[] = [];
    const options = {
      read: () => memory,
      write: async (store: () => Promise<void>, next: number | null) => {
        await store();
        memory = next ?? 0;
        order.push(`wrote ${next}`);
      },
    };
    await Promise.all([item.update((n) => n + 1, options), item.update((n) => n + 1, options)]);
    expect(order).toEqual(['wrote 6', 'wrote 7']);
    expect(await item.getValue()).toBe(7);
  });
});

describe('withLock', () => {
  it('runs tasks on one key one after another and tasks on other keys meanwhile', async () => {
    const log: string[] = [];
    let release = () => {};
    const first = withLock('k', () => new Promise<void>((resolve) => (release = resolve)).then(() => log.push('k1')));
    const second = withLock('k', () => log.push('k2'));
    await withLock('other', () => log.push('other'));
    expect(log).toEqual(['other']);
    release();
    await Promise.all([first, second]);
    expect(log).toEqual(['other', 'k1', 'k2']);
  });
});

describe('version and migrations', () => {
  // A test-only item whose shape changed: version 1 stored bare ids, version 2 stores { id, at }.
  type Pick = { id: string; at: number };
  const v2 = () =>
    defineItem<Pick[]>('local:picks', {
      fallback: [],
      version: 2,
      migrations: { 2: (old) => (old as string[]).map((id) => ({ id, at: 0 })) },
    });

  it('reads a value stored by version 1 (no version stored) in the version 2 shape, and writes the version with it', async () => {
    await fakeBrowser.storage.local.set({ picks: ['101', '102'] });
    const item = v2();
    expect(await item.getValue()).toEqual([
      { id: '101', at: 0 },
      { id: '102', at: 0 },
    ]);
    await item.update((picks) => [...picks, { id: '103', at: 5 }]);
    expect(await fakeBrowser.storage.local.get(['picks', 'picks$'])).toEqual({
      picks: [
        { id: '101', at: 0 },
        { id: '102', at: 0 },
        { id: '103', at: 5 },
      ],
      picks$: { v: 2 },
    });
    // Stored as version 2 now: read as it is, not migrated a second time.
    expect(await v2().getValue()).toHaveLength(3);
  });

  it('reads nothing when defined, and a value from a newer version as the fallback', async () => {
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const item = v2();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(get).not.toHaveBeenCalled();
    await fakeBrowser.storage.local.set({ picks: 'a shape from the future', picks$: { v: 3 } });
    expect(await item.getValue()).toEqual([]);
  });

  it('tells watchers the previous value in the current shape, and removes the version with the value', async () => {
    await fakeBrowser.storage.local.set({ picks: ['101'] });
    const item = v2();
    const seen: [Pick[], Pick[]][] = [];
    item.watch((value, previous) => seen.push([value, previous]));
    await item.setValue([{ id: '102', at: 1 }]);
    await vi.waitFor(() => expect(seen).toEqual([[[{ id: '102', at: 1 }], [{ id: '101', at: 0 }]]]));
    await item.removeValue();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('stores nothing beside an item still at version 1', async () => {
    const item = defineItem<number>('session:plain', { fallback: 0, version: 1 });
    await item.setValue(3);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({ plain: 3 });
  });
});
