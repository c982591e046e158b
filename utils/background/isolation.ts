// Chrome lets content scripts read storage.local, storage.session and storage.managed unless the
// extension restricts them. The typed key is not there (it is in IndexedDB, see idb-secret.ts), but
// reports and tab states are, and an organisation's policy may hold a key (managed): restrict all
// three, and remember whether the browser confirmed it, for the settings page to say.
// minimum_chrome_version (wxt.config.ts) is one that has setAccessLevel, so a refusal is unexpected.

type Area = { setAccessLevel?: (options: { accessLevel: string }) => Promise<void> };

let confirmed: Promise<boolean> = Promise.resolve(false);

export function restrictStorageToExtension(): Promise<boolean> {
  // Firefox does not expose storage.session to content scripts and has no setAccessLevel; its
  // storage.local holds no secret. Proven in real Firefox by e2e-firefox/key-isolation.e2e.ts.
  if (import.meta.env.FIREFOX) return (confirmed = Promise.resolve(true));
  const storage = (globalThis as { chrome?: { storage?: Record<'local' | 'session' | 'managed', Area | undefined> } }).chrome?.storage;
  confirmed = Promise.all(
    (['local', 'session', 'managed'] as const).map(async (area) => {
      const set = storage?.[area]?.setAccessLevel;
      if (!set) return false;
      await set.call(storage[area], { accessLevel: 'TRUSTED_CONTEXTS' });
      return true;
    }),
  ).then(
    (results) => results.every(Boolean),
    () => false,
  );
  return confirmed;
}

/** Whether the browser confirmed that content scripts cannot read the extension's storage areas. */
export function storageIsolated(): Promise<boolean> {
  return confirmed;
}
