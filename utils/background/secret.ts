import { baseUrlItem, defineItem, withLock } from '../storage';
import { deleteSecret, readSecret, writeSecret } from './idb-secret';
import { storageIsolated } from './isolation';

// The API key. Only modules under utils/background may import this file (a test enforces it):
// the key is read by the worker, sent only to the configured API origin, and never echoed back.
// It lives in the extension origin's IndexedDB (idb-secret.ts), which content scripts cannot open.

const NAME = 'apiKey';
// Where version 0.1 kept the key. storage.local is readable by Firefox content scripts, so a key
// found here (an update from 0.1, or a test harness writing it) is moved out at once.
const legacyKeyItem = defineItem<string | null>('local:apiKey', { fallback: null });
// Not secret: a fresh random value after every change of the key. IndexedDB has no change events;
// storage.onChanged on this item tells every extension context (worker, MV2 page) that the key changed.
const revisionItem = defineItem<string>('local:apiKeyRevision', { fallback: '' });

// Every write and the migration run one after another, so a migrated key never overwrites a newer save.
const serial = <T>(task: () => Promise<T>): Promise<T> => withLock('idb:secrets', task);

async function store(value: string): Promise<void> {
  if (value) await writeSecret(NAME, value);
  else await deleteSecret(NAME);
  await revisionItem.setValue(crypto.randomUUID());
}

/**
 * At start (an update from 0.1) a key in storage.local is adopted only when none is saved yet, so
 * nothing written there can replace the recruiter's key. Later writes are adopted only where content
 * scripts cannot write storage.local (Chrome, isolation confirmed): there only extension code can.
 */
async function moveLegacyKey(atStart: boolean): Promise<void> {
  const legacy = await legacyKeyItem.getValue();
  if (legacy === null) return;
  const adopt = atStart ? !(await readSecret(NAME)) : !import.meta.env.FIREFOX && (await storageIsolated());
  // Into IndexedDB first, then out of storage.local: a failure in between keeps the key, never loses it.
  if (adopt) await store(legacy.trim());
  await legacyKeyItem.removeValue();
}

let started: Promise<void> | undefined;
const migrateOnce = () => (started ??= serial(() => moveLegacyKey(true)).catch(() => undefined));

/** Moves a key left in storage.local into IndexedDB now; one written there later, where that is safe. */
export function keepKeyOutOfStorageLocal(): void {
  void migrateOnce();
  legacyKeyItem.watch((value) => {
    if (value !== null) void serial(() => moveLegacyKey(false)).catch(() => undefined);
  });
}

export const apiKeyItem = {
  /** The saved key, or '' when there is none. Fails closed: an unreadable store means no key in use. */
  async getValue(): Promise<string> {
    await migrateOnce();
    await serial(async () => undefined); // after the writes under way
    return (await readSecret(NAME).catch(() => undefined)) ?? '';
  },
  setValue(value: string): Promise<void> {
    return serial(() => store(value));
  },
  removeValue(): Promise<void> {
    return serial(() => store(''));
  },
  /** Calls back after every change of the key, made in any extension context. */
  watch(callback: (newValue: string, oldValue: string) => void): () => void {
    let last = apiKeyItem.getValue();
    return revisionItem.watch(() => {
      const previous = last;
      last = apiKeyItem.getValue();
      void Promise.all([last, previous]).then(([now, before]) => callback(now, before));
    });
  },
};

/**
 * The API base URL the recruiter saved: where the key goes, so kept where the key is. Firefox content
 * scripts can write storage.local, so a base URL read there is trusted only where they cannot
 * (Chrome, isolation confirmed), and only until the first save keeps it here. storage.local still gets
 * a copy on save: its change event tells every context that the address changed; nothing reads it
 * for sending.
 */
export const savedBaseUrlItem = {
  async getValue(): Promise<string | undefined> {
    const saved = await readSecret('baseUrl').catch(() => undefined);
    if (saved !== undefined || import.meta.env.FIREFOX || !(await storageIsolated())) return saved;
    return baseUrlItem.getValue();
  },
  async setValue(value: string): Promise<void> {
    await writeSecret('baseUrl', value);
    await baseUrlItem.setValue(value);
  },
};

/**
 * A random secret the worker signs its watch list with (watch.ts). The list stays in storage.local,
 * where the settings page shows and edits it, but Firefox content scripts can write there: an entry
 * whose signature does not check out was not written by the extension.
 */
export function watchListSecret(): Promise<string> {
  return serial(async () => {
    const saved = await readSecret('watchList');
    if (saved) return saved;
    const fresh = Array.from(crypto.getRandomValues(new Uint8Array(32)), (byte) => byte.toString(16).padStart(2, '0')).join('');
    await writeSecret('watchList', fresh);
    return fresh;
  });
}

/**
 * The admin's policy as last read (managed.ts stands it in while Chromium's policy service is not
 * ready at browser start). A policy may carry the organisation's key, so it is kept where the key is.
 */
export const policyCopyItem = {
  getValue: (): Promise<string | undefined> => readSecret('managedPolicy'),
  setValue: (text: string): Promise<void> => writeSecret('managedPolicy', text),
};
