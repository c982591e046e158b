import { parseRetryAfter } from '../api/client';

/** `user`: the recruiter is waiting on it. `watch`: a background re-check nobody is looking at. */
export type Priority = 'user' | 'watch';

export const MAX_IN_FLIGHT = 4;
/** A 429 without a usable Retry-After still means "not now": sit out a minute. */
export const DEFAULT_PAUSE_MS = 60_000;

interface Waiting {
  readonly priority: Priority;
  readonly start: () => void;
}

export interface QueueOptions {
  readonly limit?: number;
  readonly now?: () => number;
  /** Looked up on every call, so a test's stubbed global fetch is the one used. */
  readonly fetch?: () => typeof fetch;
}

/**
 * Requests to the Xobin API, at most `limit` at a time, the recruiter's first. Background checks
 * also wait while any of the recruiter's own requests is out (queued here or only observed), so a
 * watch round never slows down the candidate on screen. A 429 pauses everything queued here for
 * the Retry-After the API asked for: the rate limit is per key, not per request.
 */
export function createQueue({ limit = MAX_IN_FLIGHT, now = Date.now, fetch: getFetch = () => globalThis.fetch.bind(globalThis) }: QueueOptions = {}) {
  const waiting: Waiting[] = [];
  const inFlight: Record<Priority, number> = { user: 0, watch: 0 };
  let observedUser = 0;
  let pausedUntil = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const userBusy = () => inFlight.user > 0 || observedUser > 0 || waiting.some((item) => item.priority === 'user');

  function pump(): void {
    const wait = pausedUntil - now();
    if (wait > 0) {
      if (timer === undefined) timer = setTimeout(() => ((timer = undefined), pump()), wait);
      return;
    }
    while (inFlight.user + inFlight.watch < limit) {
      const index = waiting.findIndex((item) => item.priority === 'user');
      if (index < 0 && (waiting.length === 0 || userBusy())) return;
      const [next] = waiting.splice(index < 0 ? 0 : index, 1);
      next?.start();
    }
  }

  function run<T>(priority: Priority, task: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      waiting.push({
        priority,
        start: () => {
          inFlight[priority]++;
          task()
            .then(resolve, reject)
            .finally(() => {
              inFlight[priority]--;
              pump();
            });
        },
      });
      pump();
    });
  }

  function pauseFor(response: Response): void {
    const ms = parseRetryAfter(response.headers.get('Retry-After'), now()) ?? DEFAULT_PAUSE_MS;
    pausedUntil = Math.max(pausedUntil, now() + ms);
  }

  /** A fetch whose every call (each retry too) takes its turn in the queue. */
  function fetchFor(priority: Priority): typeof fetch {
    return (input, init) =>
      run(priority, async () => {
        const response = await getFetch()(input, init);
        if (response.status === 429) pauseFor(response);
        return response;
      });
  }

  /**
   * The recruiter's lookups as they go today, unlimited and unqueued, only counted: background
   * checks defer while one is out, and a 429 it gets pauses them too.
   */
  const observe: typeof fetch = async (input, init) => {
    observedUser++;
    try {
      const response = await getFetch()(input, init);
      if (response.status === 429) pauseFor(response);
      return response;
    } finally {
      observedUser--;
      pump();
    }
  };

  return { run, fetchFor, observe, userBusy, pausedFor: () => Math.max(0, pausedUntil - now()), inFlight: () => ({ ...inFlight }) };
}

export type RequestQueue = ReturnType<typeof createQueue>;

/** The worker's one queue. */
export const requestQueue = createQueue();
