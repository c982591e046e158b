import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// A fresh module per test: the one-time start-up migration is module state. `isolated`: whether the
// browser confirmed that content scripts cannot touch storage.local (isolation.ts).
async function load({ isolated = true } = {}) {
  vi.resetModules();
  vi.doMock('./isolation', () => ({ storageIsolated: async () => isolated }));
  return import('./secret');
}
const stored = () => fakeBrowser.storage.local.get(null);
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

beforeEach(() => fakeBrowser.reset());

describe('the API key store', () => {
  it('keeps the key in IndexedDB: storage.local holds only a random revision', async () => {
    const { apiKeyItem } = await load();
    await apiKeyItem.setValue('secret-key-123');
    expect(await apiKeyItem.getValue()).toBe('secret-key-123');
    const local = await stored();
    expect(Object.keys(local)).toEqual(['apiKeyRevision']);
    expect(JSON.stringify(local)).not.toContain('secret-key-123');
    await apiKeyItem.removeValue();
    expect(await apiKeyItem.getValue()).toBe('');
  });

  it('moves a key saved by version 0.1 out of storage.local on start', async () => {
    await fakeBrowser.storage.local.set({ apiKey: 'old-key' });
    const { apiKeyItem, keepKeyOutOfStorageLocal } = await load();
    keepKeyOutOfStorageLocal();
    expect(await apiKeyItem.getValue()).toBe('old-key');
    expect(await stored()).not.toHaveProperty('apiKey');
  });

  it('reads the old key even before start-up ran, never an empty one', async () => {
    await fakeBrowser.storage.local.set({ apiKey: 'old-key' });
    const { apiKeyItem } = await load();
    expect(await apiKeyItem.getValue()).toBe('old-key');
  });

  it('at start, never lets a key left in storage.local replace a saved one', async () => {
    const first = await load();
    await first.apiKeyItem.setValue('saved-key');
    await fakeBrowser.storage.local.set({ apiKey: 'planted-key' });
    const { apiKeyItem, keepKeyOutOfStorageLocal } = await load();
    keepKeyOutOfStorageLocal();
    expect(await apiKeyItem.getValue()).toBe('saved-key');
    expect(await stored()).not.toHaveProperty('apiKey');
  });

  it('ignores (and deletes) a key written to storage.local later where content scripts could write it', async () => {
    const { apiKeyItem, keepKeyOutOfStorageLocal } = await load({ isolated: false });
    keepKeyOutOfStorageLocal();
    await apiKeyItem.setValue('saved-key');
    await fakeBrowser.storage.local.set({ apiKey: 'planted-key' });
    await vi.waitFor(async () => expect(await stored()).not.toHaveProperty('apiKey'));
    expect(await apiKeyItem.getValue()).toBe('saved-key');
  });

  it('moves a key written to storage.local later where only extension code can write it; an empty one removes the key', async () => {
    const { apiKeyItem, keepKeyOutOfStorageLocal } = await load();
    keepKeyOutOfStorageLocal();
    await apiKeyItem.setValue('first');
    await fakeBrowser.storage.local.set({ apiKey: 'second' });
    await vi.waitFor(async () => expect(await stored()).not.toHaveProperty('apiKey'));
    expect(await apiKeyItem.getValue()).toBe('second');
    await fakeBrowser.storage.local.set({ apiKey: '' });
    await vi.waitFor(async () => expect(await stored()).not.toHaveProperty('apiKey'));
    expect(await apiKeyItem.getValue()).toBe('');
  });

  it('tells watchers about every change, with the old and the new key', async () => {
    const { apiKeyItem } = await load();
    await apiKeyItem.setValue('a');
    const seen: Array<[string, string]> = [];
    apiKeyItem.watch((now, before) => seen.push([now, before]));
    await settle();
    await apiKeyItem.setValue('b');
    await vi.waitFor(() => expect(seen).toEqual([['b', 'a']]));
    await apiKeyItem.removeValue();
    await vi.waitFor(() =>
      expect(seen).toEqual([
        ['b', 'a'],
        ['', 'b'],
      ]),
    );
  });

  it('fails closed: an unusable IndexedDB means no key, and a save that reports failure', async () => {
    const { apiKeyItem } = await load();
    vi.stubGlobal('indexedDB', {
      open: () => {
        const request = { error: new Error('broken') } as unknown as IDBOpenDBRequest;
        setTimeout(() => request.onerror?.(new Event('error')));
        return request;
      },
    });
    try {
      expect(await apiKeyItem.getValue()).toBe('');
      await expect(apiKeyItem.setValue('k')).rejects.toThrow('broken');
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
