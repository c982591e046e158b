import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createQueue } from './queue';

/** A task the test finishes by hand, to see what the queue starts meanwhile. */
function deferred() {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return { done, finish };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('request queue', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['Date'] }));
  afterEach(() => vi.useRealTimers());

  it('runs at most four at a time', async () => {
    const queue = createQueue();
    const tasks = Array.from({ length: 6 }, () => deferred());
    const started: number[] = [];
    const runs = tasks.map((task, i) => queue.run('user', () => (started.push(i), task.done)));
    expect(started).toEqual([0, 1, 2, 3]);
    tasks[0]!.finish();
    await flush();
    expect(started).toEqual([0, 1, 2, 3, 4]);
    for (const task of tasks) task.finish();
    await Promise.all(runs);
    expect(started).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('starts the recruiter’s requests before waiting background checks', async () => {
    const queue = createQueue({ limit: 1 });
    const first = deferred();
    const order: string[] = [];
    const runs = [
      queue.run('watch', () => (order.push('watch-1'), first.done)),
      queue.run('watch', async () => void order.push('watch-2')),
      queue.run('user', async () => void order.push('user')),
    ];
    first.finish();
    await Promise.all(runs);
    expect(order).toEqual(['watch-1', 'user', 'watch-2']);
  });

  it('defers background checks while any user request is out, even with free slots', async () => {
    const queue = createQueue();
    const user = deferred();
    const userRun = queue.run('user', () => user.done);
    let watched = false;
    const watchRun = queue.run('watch', async () => void (watched = true));
    await flush();
    expect(watched).toBe(false);
    user.finish();
    await Promise.all([userRun, watchRun]);
    expect(watched).toBe(true);
  });

  it('counts the recruiter’s own fetches against the four, and defers background checks behind them', async () => {
    const answers = Array.from({ length: 5 }, () => deferred());
    let call = 0;
    const fetch = vi.fn(async () => (await answers[call++]!.done, new Response('{}')));
    const queue = createQueue({ fetch: () => fetch });
    const userFetches = Array.from({ length: 5 }, (_, i) => queue.fetchFor('user')(`https://app.xobin.com/${i}`));
    let watched = false;
    const watchRun = queue.run('watch', async () => void (watched = true));
    await flush();
    expect(fetch).toHaveBeenCalledTimes(4);
    expect(queue.inFlight()).toEqual({ user: 4, list: 0, watch: 0 });
    answers[0]!.finish();
    await flush();
    await flush();
    expect(fetch).toHaveBeenCalledTimes(5);
    expect(watched).toBe(false);
    for (const answer of answers) answer.finish();
    await Promise.all([...userFetches, watchRun]);
    expect(watched).toBe(true);
  });

  it('starts list requests after the recruiter’s and before background checks', async () => {
    const queue = createQueue({ limit: 1 });
    const first = deferred();
    const order: string[] = [];
    const runs = [
      queue.run('list', () => (order.push('list-1'), first.done)),
      queue.run('watch', async () => void order.push('watch')),
      queue.run('list', async () => void order.push('list-2')),
      queue.run('user', async () => void order.push('user')),
    ];
    first.finish();
    await Promise.all(runs);
    expect(order).toEqual(['list-1', 'user', 'list-2', 'watch']);
  });

  it('drops a waiting request whose signal aborts, without it ever starting', async () => {
    const queue = createQueue({ limit: 1 });
    const first = deferred();
    const controller = new AbortController();
    let started = false;
    const blocking = queue.run('list', () => first.done);
    const dropped = queue.run('list', async () => void (started = true), controller.signal);
    controller.abort();
    await expect(dropped).rejects.toThrow('abandoned');
    first.finish();
    await blocking;
    expect(started).toBe(false);
    expect(queue.waiting()).toBe(0);
  });

  it('a 429 pauses list and background requests for its Retry-After; the recruiter’s still go', async () => {
    vi.useFakeTimers();
    const fetch = vi.fn(async () => new Response('', { status: 429, headers: { 'Retry-After': '30' } }));
    const queue = createQueue({ fetch: () => fetch });
    await queue.fetchFor('list')('https://app.xobin.com/a');
    expect(queue.pausedFor()).toBe(30_000);
    let listRan = false;
    const later = queue.run('list', async () => void (listRan = true));
    let userRan = false;
    await queue.run('user', async () => void (userRan = true));
    expect(userRan).toBe(true);
    await vi.advanceTimersByTimeAsync(29_000);
    expect(listRan).toBe(false);
    await vi.advanceTimersByTimeAsync(1_000);
    await later;
    expect(listRan).toBe(true);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('a 429 the recruiter’s own lookup gets pauses background checks too; no Retry-After means a minute', async () => {
    vi.useFakeTimers();
    const fetch = vi.fn(async () => new Response('', { status: 429 }));
    const queue = createQueue({ fetch: () => fetch });
    await queue.fetchFor('user')('https://app.xobin.com/a');
    expect(queue.pausedFor()).toBe(60_000);
    const check = queue.fetchFor('watch')('https://app.xobin.com/b');
    await vi.advanceTimersByTimeAsync(59_000);
    expect(fetch).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1_000);
    await check;
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it.each([
    ['2147484', '24.8 days in seconds'],
    ['Fri, 01 Jan 2100 00:00:00 GMT', 'a far-future date'],
  ])('an enormous Retry-After (%s, %s) pauses an hour at most, on one timer, not a re-arming loop', async (retryAfter) => {
    const fetch = vi.fn(async () => new Response('', { status: 429, headers: { 'Retry-After': retryAfter } }));
    const queue = createQueue({ fetch: () => fetch });
    await queue.fetchFor('list')('https://app.xobin.com/a');
    expect(queue.pausedFor()).toBe(60 * 60_000);
    const timers = vi.spyOn(globalThis, 'setTimeout');
    const controller = new AbortController();
    const waiting = queue.run('list', async () => undefined, controller.signal).catch(() => undefined);
    // Real timers: a delay past 2^31-1 ms fires after ~1 ms, and the queue would re-arm at once.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const armed = timers.mock.calls.filter(([, delay]) => delay !== 200);
    timers.mockRestore();
    controller.abort();
    await waiting;
    expect(armed).toHaveLength(1);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('a failing task frees its slot', async () => {
    const queue = createQueue({ limit: 1 });
    await expect(queue.run('user', async () => Promise.reject(new Error('offline')))).rejects.toThrow('offline');
    await expect(queue.run('user', async () => 'next')).resolves.toBe('next');
    expect(queue.inFlight()).toEqual({ user: 0, list: 0, watch: 0 });
  });
});
