import type { ReportSummary, TabState } from '../tab-state';

/** For the watch tests: a Lever tab showing this report, as watchFromTab sees it. */
export function viewed(summary: ReportSummary): TabState {
  return {
    v: 1,
    tabId: 1,
    navId: 'n',
    url: 'https://hire.lever.co/candidates/x',
    lookups: [],
    phase: 'ready',
    result: { kind: 'report', cacheKey: 'k', lookup: { by: 'custom_field_id', value: `cf-${summary.responseId}`, source: 'Lever candidate' }, summary },
    updatedAt: 0,
  };
}
