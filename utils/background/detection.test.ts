import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { customRulesItem } from '../storage';
import { manualLookups, onDetected, QUIET_MS } from './detection';
import type { ResolveDeps } from './resolver';
import { readTab } from './tabs';

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
});
