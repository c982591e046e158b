import { browser } from 'wxt/browser';

/**
 * A storage item: get, set, remove, watch, with a fallback for "not stored", and update(fn) for a
 * read-modify-write. Not storage.defineItem: that reads the item from storage as soon as it is defined
 * (and runs its migrations then), so every module-level item cost the worker a read at each start
 * (some 25 reads competing with the first event's), and defining one per call (one per tab, one per
 * cached report) doubled every read of a tab's state or a cached report. The shape of `version` and
 * `migrations` is WXT's: absent = version 1, the version kept under `<key>$` as `{ v }`.
 */
export interface StorageItem<T> {
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  removeValue(): Promise<void>;
  watch(callback: (value: T, previous: T) => void): () => void;
  /**
   * Reads, calls `change`, writes what it returns, one call at a time per key (see withLock), and
   * resolves to the value now stored. `undefined` leaves the value as it is; `null` removes it (it
   * reads as the fallback again).
   */
  update(change: (current: T) => Change<T> | Promise<Change<T>>, options?: UpdateOptions<T>): Promise<T>;
}

export type Change<T> = T | null | undefined;

export interface UpdateOptions<T> {
  /** Where the current value comes from when this context knows it better than storage does. */
  read?: () => T | Promise<T>;
  /** Runs the write (`store`) together with what must finish with it before the next update starts. */
  write?: (store: () => Promise<void>, next: T | null) => Promise<unknown>;
}

export interface ItemOptions<T> {
  fallback: T;
  /** The stored shape's version; a value stored by an older version is read through `migrations`. */
  version?: number;
  /** Version n -> the function that turns a version n-1 value into a version n one. */
  migrations?: Record<number, (old: unknown) => unknown>;
}

// The one place a read-modify-write is serialised: per key, within this JavaScript context. Enough
// because each key has one writing context that edits it: the worker for the worker's keys (tab
// states, budget, cache index, recent, watch list), and for the compare set the one panel page the
// recruiter is clicking in, as before (the worker only clears it). Module-level because the lock must
// be shared by every item defined on the same key (tabStateItem(7) is defined anew at each call).
const tails = new Map<string, Promise<unknown>>();

/** Runs `task` once every task queued before it under `key` has settled, failed or not. */
export function withLock<R>(key: string, task: () => R | Promise<R>): Promise<R> {
  const run = (tails.get(key) ?? Promise.resolve()).then(() => task());
  const settled = run.then(
    () => undefined,
    () => undefined,
  );
  tails.set(key, settled);
  // Per-tab and per-report keys come and go: an idle key holds nothing.
  void settled.then(() => {
    if (tails.get(key) === settled) tails.delete(key);
  });
  return run;
}

export function defineItem<T>(key: `local:${string}` | `session:${string}`, { fallback, version = 1, migrations = {} }: ItemOptions<T>): StorageItem<T> {
  if (version < 1) throw new Error(`Storage item ${key}: versions start at 1`);
  // Straight on browser.storage, not through WXT's storage module: the same calls, ~1 KB less in
  // every bundle (the worker's has a budget).
  const [area, name] = key.split(/:(.*)/s) as ['local' | 'session', string];
  const metaName = `${name}$`;
  const storageArea = () => browser.storage[area];
  const orFallback = (value: unknown): T => (value as T | undefined | null) ?? fallback;

  // Version 1 stores no version: nothing is written beside the items that never changed shape.
  const getValue = async (): Promise<T> => {
    if (version === 1) return orFallback((await storageArea().get(name))[name]);
    const stored = await storageArea().get([name, metaName]);
    return orFallback(migrate(stored[name], (stored[metaName] as { v?: number } | undefined)?.v ?? 1));
  };
  // Migrated on every read until the next write, not written back from a read: a read never races
  // an update, and a value is never rewritten by a context that only looked at it.
  const migrate = (value: unknown, from: number): unknown => {
    if (value === undefined || value === null || from === version) return value;
    if (from > version) return undefined; // written by a newer version of the extension: not ours to read
    let migrated = value;
    for (let next = from + 1; next <= version; next++) migrated = migrations[next]?.(migrated) ?? migrated;
    return migrated;
  };
  const setValue = (value: T): Promise<void> => storageArea().set(version === 1 ? { [name]: value } : { [name]: value, [metaName]: { v: version } });
  const removeValue = (): Promise<void> => storageArea().remove(version === 1 ? name : [name, metaName]);

  return {
    getValue,
    setValue,
    removeValue,
    watch: (callback: (value: T, previous: T) => void): (() => void) => {
      const listener = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>, changedArea: string) => {
        const change = changedArea === area ? changes[name] : undefined;
        if (!change || sameValue(change.newValue, change.oldValue)) return;
        // Each write of a versioned item carries its version: a version absent from the change did not change.
        const meta = changes[metaName];
        const versionOf = (stored: unknown) => (meta ? ((stored as { v?: number } | undefined)?.v ?? 1) : version);
        callback(orFallback(migrate(change.newValue, versionOf(meta?.newValue))), orFallback(migrate(change.oldValue, versionOf(meta?.oldValue))));
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
    update: (change, { read = getValue, write = (store: () => Promise<void>) => store() }: UpdateOptions<T> = {}) =>
      withLock(key, async () => {
        // No await where the value is at hand: an update on a value held in memory (tabs.ts) costs no
        // extra turns of the event loop's microtasks against the events racing it.
        const known = read();
        const current = known instanceof Promise ? await known : known;
        const changed = change(current);
        const next = changed instanceof Promise ? await changed : changed;
        if (next === undefined) return current;
        await write(() => (next === null ? removeValue() : setValue(next)), next);
        return next ?? fallback;
      }),
  };
}

/** Firefox reports a write of an equal value as a change; a watcher hears only real changes. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}
