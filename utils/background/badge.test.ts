import { describe, expect, it } from 'vitest';
import type { ApiErrorKind } from '../api/errors';
import type { TabState } from '../tab-state';
import { badgeFor } from './badge';

const withError = (kind: ApiErrorKind): TabState => ({
  v: 1,
  tabId: 1,
  navId: 'n1',
  url: 'https://app.greenhouse.io/people/4012345002',
  lookups: [],
  phase: 'ready',
  result: { kind: 'error', error: { kind }, tried: [] },
  updatedAt: 0,
});

describe('badgeFor', () => {
  it('asks to connect, not to panic, on a candidate page before a key is saved', () => {
    const view = badgeFor(withError('no-key'));
    expect(view.text).toBe('KEY');
    expect(view.text.length).toBeLessThanOrEqual(4);
    expect(view.title).toMatch(/^Xobin AI Interview: Connect to Xobin — add your API key in settings/);
    expect(view.launcher).toBe('AI Interview · Connect to Xobin');
    expect(view.tone).not.toBe('error');
  });

  it('keeps "!" for real errors, including a key Xobin refused', () => {
    for (const kind of ['unauthorized', 'server', 'offline', 'timeout', 'invalid-response'] as const) {
      expect(badgeFor(withError(kind)).text).toBe('!');
    }
  });
});
