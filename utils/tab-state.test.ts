import { describe, expect, it } from 'vitest';
import { completedBody } from './api/sample-reports';
import { parseReport } from './api/schemas';
import { badgeFor } from './background/badge';
import { summarize, type TabState } from './tab-state';

function stateFor(body: unknown): TabState {
  const parsed = parseReport(body);
  if (!parsed.ok) throw new Error(parsed.issue);
  // Found through the profile's own id (a report only linked from the page would need tying to it).
  const lookup = { by: 'custom_field_id' as const, value: '5123456002', source: 's' };
  return {
    v: 1,
    tabId: 1,
    navId: 'n',
    url: 'https://app.greenhouse.io/people/1',
    lookups: [],
    phase: 'ready',
    result: { kind: 'report', cacheKey: 'k', lookup, summary: summarize(parsed.report) },
    updatedAt: 0,
  };
}

describe('a completed report with an out-of-range score', () => {
  it('is summarised without a number, and the badge says so instead of "not completed"', () => {
    const state = stateFor(completedBody({ score: -3 }));
    expect(state.result?.kind === 'report' && state.result.summary).toMatchObject({ status: 'completed', score: undefined, scoreInvalid: true });
    const badge = badgeFor(state);
    expect(badge.text).toBe('!');
    expect(badge.title).toMatch(/outside its range/);
  });

  it('a score above 100 (5,000) gets the same "!" and no number, not "5000"', () => {
    const state = stateFor(completedBody({ score: 5000 }));
    expect(state.result?.kind === 'report' && state.result.summary).toMatchObject({ status: 'completed', score: undefined, scoreInvalid: true });
    expect(badgeFor(state).text).toBe('!');
  });

  it('a valid score still shows as the number', () => {
    expect(badgeFor(stateFor(completedBody())).text).toBe('82');
  });
});
