import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { lookupBudgetItem } from '../storage';
import { forgetTabBudget, AUTO_BUCKET, PAUSE_TOKENS, refill, spendFrom, spendLookup, TAB_BUCKET } from './budget';

beforeEach(() => fakeBrowser.reset());

describe('lookup budget', () => {
  it(`lets a tab spend ${TAB_BUCKET.capacity} lookups at once, then pauses it until a token is back`, () => {
    let state = null;
    const now = 1_000_000;
    for (let i = 0; i < TAB_BUCKET.capacity; i++) {
      const step = spendFrom(state, 1, { now });
      expect(step.spend, `lookup ${i + 1}`).toEqual({ ok: true });
      state = step.state;
    }
    const refused = spendFrom(state, 1, { now });
    // Paused for a few refills, not just until the next token: no flapping.
    const resumeAt = now + PAUSE_TOKENS * TAB_BUCKET.refillMs;
    expect(refused.spend).toEqual({ ok: false, scope: 'tab', resumeAt });
    // Another tab still has its own budget.
    expect(spendFrom(refused.state, 2, { now }).spend).toEqual({ ok: true });
    // Asking again while paused keeps the tab paused; at resumeAt it may ask again.
    expect(spendFrom(refused.state, 1, { now: resumeAt - 1 }).spend.ok).toBe(false);
    expect(spendFrom(refused.state, 1, { now: resumeAt }).spend).toEqual({ ok: true });
  });

  it('bounds all tabs together with the browser’s bucket', () => {
    let state = null;
    const now = 5_000;
    for (let i = 0; i < AUTO_BUCKET.capacity; i++) state = spendFrom(state, i, { now }).state; // one lookup each in many tabs
    expect(spendFrom(state, 999, { now }).spend).toEqual({ ok: false, scope: 'all', resumeAt: now + PAUSE_TOKENS * AUTO_BUCKET.refillMs });
  });

  it("never refuses the recruiter's own lookups, but counts them", () => {
    let state = null;
    for (let i = 0; i < TAB_BUCKET.capacity + 5; i++) {
      const step = spendFrom(state, 1, { now: 0, byRecruiter: true });
      expect(step.spend).toEqual({ ok: true });
      state = step.state;
    }
    expect(state!.tabs['1']![0]).toBe(0);
    expect(spendFrom(state, 1, { now: 0 }).spend.ok).toBe(false);
  });

  it('refills up to capacity, not beyond', () => {
    expect(refill([0, 0], TAB_BUCKET, 10 * 60_000)).toBe(TAB_BUCKET.capacity);
    expect(refill([2, 0], TAB_BUCKET, TAB_BUCKET.refillMs / 2)).toBe(2.5);
    expect(refill(undefined, TAB_BUCKET, 0)).toBe(TAB_BUCKET.capacity);
  });

  it('keeps the buckets in session storage, so a restarted worker does not start afresh', async () => {
    const now = 50_000;
    for (let i = 0; i < TAB_BUCKET.capacity; i++) expect(await spendLookup(7, { now })).toEqual({ ok: true });
    const stored = await lookupBudgetItem.getValue();
    expect(stored?.tabs['7']?.[0]).toBe(0);
    expect(await spendLookup(7, { now })).toMatchObject({ ok: false, scope: 'tab' });
    await forgetTabBudget(7);
    expect((await lookupBudgetItem.getValue())?.tabs['7']).toBeUndefined();
  });

  it('counts lookups of two tabs spending at the same moment', async () => {
    await Promise.all(Array.from({ length: 10 }, (_, i) => spendLookup(i % 2, { now: 0 })));
    const stored = await lookupBudgetItem.getValue();
    expect(stored?.global[0]).toBe(AUTO_BUCKET.capacity - 10);
  });
});
