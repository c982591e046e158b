/**
 * A value the worker reads once and keeps until `reset`: settings it needs on every detection (the
 * config, an ATS's lookup templates), each otherwise one or two storage round trips on the way to
 * the badge. Whoever creates one resets it on every change of its inputs (storage.onChanged, policy);
 * a worker that restarts starts empty. A read that fails is not kept.
 */
export function resettable<K, T>(read: (key: K) => Promise<T>) {
  const values = new Map<K, Promise<T>>();
  return {
    get(key: K): Promise<T> {
      const known = values.get(key);
      if (known) return known;
      const pending = read(key);
      values.set(key, pending);
      pending.catch(() => {
        if (values.get(key) === pending) values.delete(key);
      });
      return pending;
    },
    reset(): void {
      values.clear();
    },
  };
}
