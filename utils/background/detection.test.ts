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

  describe('on a busy worker (reads and writes that take longer than QUIET_MS), a burst costs only its newest candidate', () => {
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

    /** Detections arriving at the given ms in a tab seen for the first time; the application ids the API was asked for. */
    async function burst(tabId: number, arrivals: [id: string, at: number, read: number, write: number][]): Promise<(string | null)[]> {
      const fetch = vi.fn(async () => new Response('{}', { status: 404 }));
      vi.useFakeTimers({ now: Date.now(), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
      try {
        const running: Promise<void>[] = [];
        let now = 0;
        for (const [id, at, read, write] of arrivals) {
          await vi.advanceTimersByTimeAsync(at - now);
          now = at;
          readMs.set(id, read);
          writeMs.set(id, write);
          currentUrl = url(id);
          running.push(onDetected(tabId, url(id), claim(id), deps(fetch)));
        }
        for (let ms = 0; ms < 3000; ms += 10) await vi.advanceTimersByTimeAsync(10);
        await Promise.all(running);
        const last = arrivals.at(-1)![0];
        await vi.waitFor(async () => expect(await readTab(tabId)).toMatchObject({ phase: 'ready', url: url(last) }));
        return asked(fetch).filter((id) => arrivals.some(([sent]) => sent === id)); // application ids (then each person id)
      } finally {
        readMs.clear();
        writeMs.clear();
        vi.useRealTimers();
      }
    }

    it('a detection whose slow write ends after a newer one came waits for the tab to be quiet', async () => {
      // A comes after a quiet spell and would look at once, but B came while A's write was under way.
      expect(
        await burst(21, [
          ['6300000021', 0, 0, 450],
          ['6300000022', 19, 500, 0],
        ]),
      ).toEqual(['6300000022']);
    });

    it('closeness is judged when a detection comes, not when the worker is done with it', async () => {
      // B came 19 ms after A; its write ended 469 ms after A came, and C came during that write.
      // (A, after a quiet spell, looks at once unless B's write has moved the tab on first.)
      const asked = await burst(31, [
        ['6300000031', 0, 0, 0],
        ['6300000032', 19, 0, 450],
        ['6300000033', 300, 300, 0],
      ]);
      expect(asked.filter((id) => id !== '6300000031')).toEqual(['6300000033']);
    });
  });
});
