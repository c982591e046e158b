import { parseRetryAfter } from '../api/client';
import { later } from './timers';

/**
 * Highest first. `user`: the recruiter is waiting on it (the panel, a profile, a search). `list`: a
 * score chip on a list of candidates. `watch`: a background re-check nobody is looking at.
 */
export type Priority = 'user' | 'list' | 'watch';
const ORDER: readonly Priority[] = ['user', 'list', 'watch'];

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
 * Every request to the Xobin API, at most `limit` at a time for the whole browser: the recruiter's
 * first, list chips next, background checks last. Background checks also wait while any request of
 * a higher priority is out or waiting, so a watch round never slows down what is on screen.
 *
 * A 429 pauses the list and watch requests for the Retry-After the API asked for (the rate limit is
 * per key, not per request), an hour at most (parseRetryAfter). The recruiter's own requests are not held by it: the API client waits
 * out a short Retry-After itself before it retries, and a long one is shown to the recruiter as "try
 * again in N s", whose Try again must then go, not sit unseen behind a minute-long pause.
 */
export function createQueue({ limit = MAX_IN_FLIGHT, now = Date.now, fetch: getFetch = () => globalThis.fetch.bind(globalThis) }: QueueOptions = {}) {
  const waiting: Waiting[] = [];
  const inFlight: Record<Priority, number> = { user: 0, list: 0, watch: 0 };
  let pausedUntil = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const userBusy = () => inFlight.user > 0 || waiting.some((item) => item.priority === 'user');
  const aboveWatchBusy = () => userBusy() || inFlight.list > 0 || waiting.some((item) => item.priority === 'list');
  const total = () => inFlight.user + inFlight.list + inFlight.watch;

  /** The next waiting request allowed to start now, or -1. */
  function next(paused: boolean): number {
    for (const priority of ORDER) {
      if (priority !== 'user' && paused) return -1;
      if (priority === 'watch' && aboveWatchBusy()) return -1;
      const index = waiting.findIndex((item) => item.priority === priority);
      if (index >= 0) return index;
    }
    return -1;
  }

  function pump(): void {
    const wait = pausedUntil - now();
    while (total() < limit) {
      const index = next(wait > 0);
      if (index < 0) break;
      const [item] = waiting.splice(index, 1);
      item?.start();
    }
    if (wait > 0 && waiting.length > 0 && timer === undefined) timer = later(() => ((timer = undefined), pump()), wait);
  }

  function run<T>(priority: Priority, task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const item: Waiting = {
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
      };
      // Abandoned while still waiting (the row left the page, the tab moved on): it never goes out.
      signal?.addEventListener(
        'abort',
        () => {
          const index = waiting.indexOf(item);
          if (index < 0) return;
          waiting.splice(index, 1);
          reject(new DOMException('The request was abandoned', 'AbortError'));
          pump();
        },
        { once: true },
      );
      if (signal?.aborted) return reject(new DOMException('The request was abandoned', 'AbortError'));
      waiting.push(item);
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
      run(
        priority,
        async () => {
          const response = await getFetch()(input, init);
          if (response.status === 429) pauseFor(response);
          return response;
        },
        init?.signal ?? undefined,
      );
  }

  return {
    run,
    fetchFor,
    userBusy,
    pausedFor: () => Math.max(0, pausedUntil - now()),
    inFlight: () => ({ ...inFlight }),
    waiting: () => waiting.length,
  };
}

export type RequestQueue = ReturnType<typeof createQueue>;

/** The worker's one queue. */
export const requestQueue = createQueue();
