import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { compareItem } from '../storage';
import { addToCompare, clearCompare, compareIds, MAX_COMPARE, removeFromCompare, sanitizeCompareIds, withCandidate } from './compare-set';

beforeEach(() => fakeBrowser.reset());

describe('the compare set', () => {
  it('holds at most four candidates and says so when full', async () => {
    expect(MAX_COMPARE).toBe(4);
    for (const [index, id] of ['1', '2', '3', '4'].entries()) {
      expect(await addToCompare(id)).toEqual({ outcome: 'added', count: index + 1 });
    }
    expect(await addToCompare('5')).toEqual({ outcome: 'full', count: 4 });
    expect(await compareItem.getValue()).toEqual(['1', '2', '3', '4']);
    // Removing one makes room again.
    await removeFromCompare('2');
    expect(await addToCompare('5')).toEqual({ outcome: 'added', count: 4 });
    expect(await compareIds.getValue()).toEqual(['1', '3', '4', '5']);
  });

  it('adds a candidate once, and a full set still says "already" for one in it', () => {
    expect(withCandidate(['1'], '1')).toEqual({ outcome: 'already', ids: ['1'] });
    expect(withCandidate(['1', '2', '3', '4'], '3')).toEqual({ outcome: 'already', ids: ['1', '2', '3', '4'] });
  });

  it('does not lose a candidate to two clicks at once', async () => {
    await Promise.all([addToCompare('1'), addToCompare('2'), addToCompare('3')]);
    expect(await compareIds.getValue()).toEqual(['1', '2', '3']);
  });

  it('clears all', async () => {
    await addToCompare('1');
    await addToCompare('2');
    await clearCompare();
    expect(await compareIds.getValue()).toEqual([]);
  });

  it('trusts nothing it reads back: ids only, once each, four at most', async () => {
    expect(sanitizeCompareIds('979554')).toEqual([]);
    expect(sanitizeCompareIds(['979554', 979555, '979554', '<b>', '', '1', '2', '3', '4'])).toEqual(['979554', '1', '2', '3']);
    await fakeBrowser.storage.local.set({ compare: [{ responseId: '1' }, '7'] });
    expect(await compareIds.getValue()).toEqual(['7']);
  });
});
