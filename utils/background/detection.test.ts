import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { customRulesItem } from '../storage';
import { manualLookups, onDetected, QUIET_MS } from './detection';
import type { ResolveDeps } from './resolver';
import { effectiveTemplates } from './effective';
import { onTabStateChange, readTab } from './tabs';

describe('manualLookups', () => {
  it('tries digits as a response id first, then as a custom field id', () => {
    expect(manualLookups(' 979554 ').map((l) => `${l.by}=${l.value}`)).toEqual(['response_id=979554', 'custom_field_id=979554']);
  });
  it('reads a pasted Xobin report link as its response id', () => {
    expect(manualLookups('https://app.xobin.com/ai-interviews/candidate/report/979554?x=1')).toEqual([
      { by: 'response_id', value: '979554', source: 'your search' },
    ]);
  });
  it('treats anything else as a custom field id, and nothing as nothing', () => {
    expect(manualLookups('CAND-2025-001')).toEqual([{ by: 'custom_field_id', value: 'CAND-2025-001', source: 'your search' }]);
    expect(manualLookups('   ')).toEqual([]);
  });
});

describe('a page on a supported host that shows no candidate', () => {
  beforeEach(() => fakeBrowser.reset());
  const deps: ResolveDeps = { config: async () => ({ baseUrl: 'https://app.xobin.com/api/v2', apiKey: 'k' }) };

  it('records which adapters cover the host and the URL shapes they read, for "Why no report?"', async () => {
    await onDetected(3, 'https://app.greenhouse.io/people/new', null, deps);
    const state = await readTab(3);
    expect(state).toMatchObject({ phase: 'no-candidate', url: 'https://app.greenhouse.io/people/new' });
    expect(state?.hostAdapters).toEqual([{ id: 'greenhouse', name: 'Greenhouse' }]);
  });

  it('names a recruiter rule for the host with its pattern and template', async () => {
    const rule = {
      id: 'acme',
      name: 'Acme Hiring',
      host: 'ats.acme-hiring.example',
      urlPattern: '/talent/(?<candidateId>\\d+)',
      template: 'ACME-{candidateId}',
    };
    await customRulesItem.setValue([rule]);
    await onDetected(4, 'https://ats.acme-hiring.example/v2/talent/77123/overview', null, deps);
    expect((await readTab(4))?.hostAdapters).toEqual([
      { id: 'custom-acme', name: 'Acme Hiring', shapes: ['/talent/(?<candidateId>\\d+)'], template: 'ACME-{candidateId}' },
    ]);
  });
});

describe('when a tab looks', () => {
  beforeEach(() => fakeBrowser.reset());
  const claim = (id: string) => ({ ats: 'greenhouse', ids: [{ key: 'applicationId', value: id }], responseIds: [] });
  const url = (id: string) => `https://app.greenhouse.io/people/4012345002?application_id=${id}`;
  const asked = (fetch: ReturnType<typeof vi.fn>) => fetch.mock.calls.map(([requested]) => new URL(String(requested)).searchParams.get('custom_field_id'));

  it('looks at once for a first detection; one that follows closely looks once the tab has been quiet', async () => {
    const fetch = vi.fn(async () => new Response('{}', { status: 404 }));
    const deps: ResolveDeps = {
      config: async () => ({ baseUrl: 'https://app.xobin.com/api/v2', apiKey: 'k' }),
      client: { fetch: fetch as typeof globalThis.fetch, sleep: async () => undefined },
    };
    // setImmediate stays real: IndexedDB runs on it, and every request reads the saved base URL (key-gate.ts).
    vi.useFakeTimers({ now: Date.now(), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    try {
      await onDetected(7, url('6300000001'), claim('6300000001'), deps);
      expect(asked(fetch)).toContain('6300000001');
      const before = fetch.mock.calls.length;
      await onDetected(7, url('6300000002'), claim('6300000002'), deps); // 0 ms later
      await vi.advanceTimersByTimeAsync(QUIET_MS - 1);
      expect(fetch.mock.calls.length).toBe(before);
      await vi.advanceTimersByTimeAsync(1);
      await vi.waitFor(() => expect(asked(fetch).slice(before)).toContain('6300000002'));
      await vi.waitFor(async () => expect(await readTab(7)).toMatchObject({ phase: 'ready', url: url('6300000002') }));
    } finally {
      vi.useRealTimers();
    }
  });

  describe('on a busy worker (reads and writes that take longer than QUIET_MS)', () => {
    // How long each candidate's template read and tab-state write take, by application id.
    const readMs = new Map<string, number>();
    const writeMs = new Map<string, number>();
    const idOf = (url: string) => new URL(url).searchParams.get('application_id') ?? '';
    onTabStateChange((state) => {
      const ms = state ? writeMs.get(idOf(state.url)) : undefined;
      return ms ? new Promise((resolve) => setTimeout(resolve, ms)) : undefined;
    });
    const deps = (fetch: ReturnType<typeof vi.fn>): ResolveDeps => ({
      config: async () => ({ baseUrl: 'https://app.xobin.com/api/v2', apiKey: 'k' }),
      client: { fetch: fetch as typeof globalThis.fetch, sleep: async () => undefined },
      templates: async (atsId) => {
        const ms = readMs.get(idOf(currentUrl));
        if (ms) await new Promise((resolve) => setTimeout(resolve, ms));
        return effectiveTemplates(atsId);
      },
    });
    let currentUrl = '';

    /**
     * Detections arriving at the given ms in a tab seen for the first time (`again`: the same candidate
     * once more, with the email the page has filled in); the application ids the API was asked for,
     * and when (ms after the first arrival).
     */
    async function burst(tabId: number, arrivals: [id: string, at: number, read: number, write: number, again?: 'again'][]) {
      const asked: { id: string; ms: number }[] = [];
      const start = Date.now();
      vi.useFakeTimers({ now: start, toFake: ['Date', 'setTimeout', 'clearTimeout'] });
      const fetch = vi.fn(async (requested: string | URL | Request) => {
        const id = new URL(String(requested)).searchParams.get('custom_field_id') ?? '';
        if (arrivals.some(([sent]) => sent === id)) asked.push({ id, ms: Date.now() - start }); // (then each person id)
        return new Response('{}', { status: 404 });
      });
      try {
        const running: Promise<void>[] = [];
        let now = 0;
        for (const [id, at, read, write, again] of arrivals) {
          await vi.advanceTimersByTimeAsync(at - now);
          now = at;
          readMs.set(id, read);
          writeMs.set(id, write);
          currentUrl = url(id);
          const claimed = again ? { ...claim(id), emails: ['casey@example.com'] } : claim(id);
          running.push(onDetected(tabId, url(id), claimed, deps(fetch)));
        }
        for (let ms = 0; ms < 3000; ms += 10) await vi.advanceTimersByTimeAsync(10);
        await Promise.all(running);
        const last = arrivals.at(-1)![0];
        await vi.waitFor(async () => expect(await readTab(tabId)).toMatchObject({ phase: 'ready', url: url(last) }));
        return asked;
      } finally {
        readMs.clear();
        writeMs.clear();
        vi.useRealTimers();
      }
    }

    it('closeness is judged when a detection comes, not when the worker is done with it', async () => {
      // B came 19 ms after A; its write ended 469 ms after A came, and C came during that write.
      // (A, after a quiet spell, looks at once unless B's write has moved the tab on first.)
      const asked = await burst(31, [
        ['6300000031', 0, 0, 0],
        ['6300000032', 19, 0, 450],
        ['6300000033', 300, 300, 0],
      ]);
      expect(asked.map(({ id }) => id).filter((id) => id !== '6300000031')).toEqual(['6300000033']);
    });

    it('the same candidate again keeps its verdict: the page filling in an email does not hold the first lookup back', async () => {
      // (Times are approximate: the fake clock moves in 10 ms steps while IndexedDB works on real time.)
      // The repeat came while the first detection was still reading: it looks at once in its place.
      const whileReading = await burst(41, [
        ['6300000041', 0, 100, 0],
        ['6300000041', 19, 0, 0, 'again'],
      ]);
      expect(whileReading.map(({ id }) => id)).toEqual(['6300000041']);
      expect(whileReading[0]!.ms).toBeLessThan(QUIET_MS);
      // The repeat came while the first detection's write was under way: the lookup starts after it.
      const whileWriting = await burst(42, [
        ['6300000042', 0, 0, 450],
        ['6300000042', 19, 0, 0, 'again'],
      ]);
      expect(whileWriting.map(({ id }) => id)).toEqual(['6300000042']);
      expect(whileWriting[0]!.ms).toBeLessThan(450 + QUIET_MS);
    });
  });
});
