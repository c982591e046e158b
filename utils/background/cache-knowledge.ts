import type { CacheHead } from '../storage';

/** What the cache holds for a lookup: its report's head, and when the API last said "no report". */
export interface Known {
  readonly head: CacheHead | null;
  readonly missedAt?: number;
}

// While the worker runs (keepCacheKnowledgeInMemory, from startBackground), what it has read or
// written of each lookup's head and "no report" mark is also kept in memory, so a list page's rows
// cost no storage read each. Only the worker writes the cache, always through cache.ts, which
// forgets a key whenever it changes it in storage: a read under way is kept as its promise, so a
// change that lands meanwhile replaces it and the read's older answer is never kept. A restarted
// worker starts empty; code that never starts the worker (unit tests of one module) reads storage.
let knowledge: Map<string, Known | Promise<Known>> | undefined;
const MAX_KNOWN = 2_000;

export function keepCacheKnowledgeInMemory(): void {
  knowledge = new Map();
}

export function remembering(): boolean {
  return knowledge !== undefined;
}

/** What the worker knows of a lookup, or the read that will tell; kept as the most recently used. */
export function recall(key: string): Known | Promise<Known> | undefined {
  const known = knowledge?.get(key);
  if (known) keep(key, known);
  return known;
}

/** Kept until the key changes in storage; a read's answer replaces the read once it arrives. */
export function remember(key: string, known: Known | Promise<Known>): void {
  keep(key, known);
  if (!(known instanceof Promise)) return;
  known.then(
    (value) => {
      if (knowledge?.get(key) === known) knowledge.set(key, value);
    },
    () => {
      if (knowledge?.get(key) === known) knowledge.delete(key);
    },
  );
}

/** These keys changed in storage: what was known of them, or a read under way, is not kept. */
export function forget(keys: Iterable<string>): void {
  for (const key of keys) knowledge?.delete(key);
}

export function forgetAll(): void {
  knowledge?.clear();
}

function keep(key: string, known: Known | Promise<Known>): void {
  if (!knowledge) return;
  knowledge.delete(key);
  knowledge.set(key, known);
  if (knowledge.size > MAX_KNOWN) knowledge.delete(knowledge.keys().next().value!);
}
