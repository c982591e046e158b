import { describe, expect, it } from 'vitest';
import { completedReport, entry, longConversation, LOOKUP, pendingReport, tabState } from '../../components/test-fixtures';
import { panelView } from './view';

describe('panelView', () => {
  it('is loading until the tab state has been read', () => {
    expect(panelView(undefined, undefined)).toEqual({ kind: 'loading' });
  });

  it('is empty without state or without a candidate', () => {
    expect(panelView(null, undefined)).toEqual({ kind: 'empty' });
    expect(panelView(tabState({ phase: 'no-candidate', result: undefined }), undefined)).toEqual({ kind: 'empty' });
  });

  it('is loading while the background works, even if an old result lingers', () => {
    expect(panelView(tabState({ phase: 'loading', result: undefined }), undefined).kind).toBe('loading');
    expect(panelView(tabState({ phase: 'loading' }), entry(completedReport())).kind).toBe('loading');
  });

  it('is loading until the cache entry for this result has been read', () => {
    expect(panelView(tabState(), undefined)).toEqual({ kind: 'loading' });
  });

  it('flags a result whose cache entry is gone', () => {
    const state = tabState();
    expect(panelView(state, null)).toEqual({ kind: 'loading', missingReport: state.result?.kind === 'report' ? state.result.cacheKey : '' });
  });

  it('shows a completed report with its lookup and refresh flag', () => {
    const report = completedReport();
    expect(panelView(tabState({ refreshing: true }), entry(report))).toEqual({ kind: 'report', report, lookup: LOOKUP, refreshing: true });
  });

  it('flags a report whose email is none of those on the profile, and not once the recruiter confirmed it', () => {
    const report = completedReport({ candidate_email: 'jordan@example.com' });
    const view = panelView(tabState({ emails: ['ada@example.com'] }), entry(report));
    expect(view.kind === 'report' && view.identity).toEqual({ kind: 'email', profile: 'ada@example.com', report: 'jordan@example.com' });
    expect(panelView(tabState({ emails: ['ada@example.com'], confirmed: report.response_id }), entry(report))).not.toHaveProperty('identity');
    expect(panelView(tabState({ emails: ['x@example.com', 'jordan@example.com'] }), entry(report))).not.toHaveProperty('identity');
  });

  it('shows a pending report', () => {
    const report = pendingReport();
    expect(panelView(tabState(), entry(report))).toEqual({ kind: 'pending', report, lookup: LOOKUP, refreshing: false });
  });

  it("flags a report for a custom field id none of the profile's own ids give, but not in the recruiter's search", () => {
    const report = completedReport({ candidate_email: undefined, custom_field_id: '999' });
    expect(panelView(tabState(), entry(report))).toMatchObject({ identity: { kind: 'custom-field', report: '999' } });
    expect(panelView(tabState({ manual: true }), entry(report))).not.toHaveProperty('identity');
  });

  it('shows lookups paused by the budget, with when they resume', () => {
    const state = tabState({ result: { kind: 'paused', resumeAt: 1234, scope: 'tab' } });
    expect(panelView(state, undefined)).toEqual({ kind: 'paused', resumeAt: 1234, scope: 'tab' });
  });

  it('shows errors with the lookups tried', () => {
    const state = tabState({ result: { kind: 'error', error: { kind: 'not-found' }, tried: [LOOKUP] } });
    expect(panelView(state, undefined)).toEqual({ kind: 'error', error: { kind: 'not-found' }, tried: [LOOKUP] });
  });

  it('shows a long report from its first part, whole once its conversation is read, and asks again when that is gone', () => {
    const first = { ...entry(completedReport({ conversation: longConversation(60) })), conversationTotal: 5_000 };
    const state = tabState();
    expect(panelView(state, first)).toMatchObject({ kind: 'report', transcriptPending: 5_000 });
    const whole = panelView(state, first, longConversation(5_000));
    expect(whole).toMatchObject({ kind: 'report' });
    expect(whole.kind === 'report' && whole.report.conversation.length).toBe(5_000);
    expect(whole).not.toHaveProperty('transcriptPending');
    expect(panelView(state, first, null)).toEqual({ kind: 'loading', missingReport: state.result?.kind === 'report' ? state.result.cacheKey : '' });
  });
});
