import type { FetchResult } from '../api/client';
import { endGeneration } from './generation';
import type { Priority } from './queue';

// Two tabs (or a tab and a refresh) asking for the same lookup share one request. The key is the
// cache key, so it carries the account scope: a request made with the old key is never shared with
// a caller that already uses the new one. A shared request is aborted only when every caller left.
// A caller joins only a request of its own priority or a higher one: a list chip's or a watch
// check's request may sit out a 429 pause in the queue, and the recruiter never waits behind one.
// Their own request takes its place instead, and the callers of the one it replaced get its answer.
interface Shared {
  readonly result: Promise<FetchResult>;
  readonly controller: AbortController;
  readonly priority: Priority;
  readonly settle: (result: Promise<FetchResult>) => void;
  users: number;
  /** The higher-priority request that took this one's place. */
  successor?: Shared;
}
const inflight = new Map<string, Shared>();
const RANK: Record<Priority, number> = { user: 0, list: 1, watch: 2 };

/** Whether a caller at this priority would join the request in flight rather than start one. */
export function joins(key: string, priority: Priority): boolean {
  const entry = inflight.get(key);
  return entry !== undefined && RANK[entry.priority] <= RANK[priority];
}

function start(key: string, run: (signal: AbortSignal) => Promise<FetchResult>, priority: Priority): Shared {
  const controller = new AbortController();
  let settle!: Shared['settle'];
  const result = new Promise<FetchResult>((resolve) => (settle = resolve));
  const entry: Shared = { controller, priority, settle, users: 0, result };
  const own = run(controller.signal).finally(() => inflight.get(key) === entry && inflight.delete(key));
  // A replaced request's own end (aborted) is not its callers' answer: its successor's is.
  const finish = () => {
    if (!entry.successor) settle(own);
  };
  own.then(finish, finish);
  const parked = inflight.get(key);
  inflight.set(key, entry);
  if (parked) {
    parked.successor = entry;
    entry.users += parked.users;
    parked.settle(result);
    // Still waiting in the queue: it never goes out. Already out: its answer would be the same.
    parked.controller.abort();
  }
  return entry;
}

export function sharedFetch(
  key: string,
  run: (signal: AbortSignal) => Promise<FetchResult>,
  signal?: AbortSignal,
  priority: Priority = 'user',
): Promise<FetchResult> {
  const entry = joins(key, priority) ? inflight.get(key)! : start(key, run, priority);
  entry.users++;
  signal?.addEventListener(
    'abort',
    () => {
      let current = entry;
      while (current.successor) current = current.successor;
      if (--current.users > 0) return;
      current.controller.abort();
      // A caller arriving after this must start afresh, not join an aborted request.
      if (inflight.get(key) === current) inflight.delete(key);
    },
    { once: true },
  );
  return entry.result;
}

/**
 * Key or base URL changed, or the recruiter cleared report data: whatever is in flight or waiting
 * (list chips too, generation.ts) belongs to what is gone.
 */
export function abortAllRequests(): void {
  endGeneration();
  for (const [key, entry] of inflight) {
    entry.controller.abort();
    inflight.delete(key);
  }
}
