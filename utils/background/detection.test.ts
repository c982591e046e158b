import { describe, expect, it } from 'vitest';
import { manualLookups } from './detection';

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
