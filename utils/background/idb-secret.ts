// One value in the extension origin's IndexedDB. Content scripts run with the web page's origin, so
// they reach the page's IndexedDB, never this one, on every browser: unlike storage.local, this
// isolation does not depend on Chrome's setAccessLevel, and Firefox has no such switch at all.
// A connection is opened per call: an MV3 worker may be stopped at any time, and tests can swap
// `indexedDB` for a fresh one.

const DB_NAME = 'xobin-secret';
const STORE = 'secret';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB open failed'));
    request.onblocked = () => reject(new Error('IndexedDB open blocked'));
  });
}

async function run<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T> | undefined): Promise<T | undefined> {
  const db = await open();
  try {
    return await new Promise<T | undefined>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = act(tx.objectStore(STORE));
      // Resolve on commit, not on the request: a write is only durable once the transaction completes.
      tx.oncomplete = () => resolve(request?.result);
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    });
  } finally {
    db.close();
  }
}

export async function readSecret(name: string): Promise<string | undefined> {
  const value = await run<unknown>('readonly', (store) => store.get(name));
  return typeof value === 'string' ? value : undefined;
}

export async function writeSecret(name: string, value: string): Promise<void> {
  await run('readwrite', (store) => store.put(value, name));
}

export async function deleteSecret(name: string): Promise<void> {
  await run('readwrite', (store) => store.delete(name));
}
