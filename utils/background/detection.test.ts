import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { customRulesItem } from '../storage';
import { manualLookups, onDetected } from './detection';
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
