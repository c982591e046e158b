import { afterEach, describe, expect, it, vi } from 'vitest';
import { restrictStorageToExtension, storageIsolated } from './isolation';

const area = (setAccessLevel?: (options: { accessLevel: string }) => Promise<void>) => (setAccessLevel ? { setAccessLevel } : {});

afterEach(() => vi.unstubAllGlobals());

describe('restricting storage to the extension (Chrome)', () => {
  it('is confirmed only when all three areas accepted TRUSTED_CONTEXTS (managed: the policy may hold a key)', async () => {
    const set = vi.fn(async () => undefined);
    vi.stubGlobal('chrome', { storage: { local: area(set), session: area(set), managed: area(set) } });
    expect(await restrictStorageToExtension()).toBe(true);
    expect(await storageIsolated()).toBe(true);
    expect(set).toHaveBeenCalledTimes(3);
    expect(set).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
  });

  it('is not confirmed when the call is missing for an area', async () => {
    vi.stubGlobal('chrome', { storage: { local: area(), session: area(async () => undefined), managed: area(async () => undefined) } });
    expect(await restrictStorageToExtension()).toBe(false);
    expect(await storageIsolated()).toBe(false);
  });

  it('is not confirmed when the browser refuses', async () => {
    vi.stubGlobal('chrome', {
      storage: { local: area(async () => Promise.reject(new Error('no'))), session: area(async () => undefined), managed: area(async () => undefined) },
    });
    expect(await restrictStorageToExtension()).toBe(false);
  });

  it('is not confirmed when the policy area cannot be restricted', async () => {
    vi.stubGlobal('chrome', { storage: { local: area(async () => undefined), session: area(async () => undefined), managed: area() } });
    expect(await restrictStorageToExtension()).toBe(false);
  });
});
