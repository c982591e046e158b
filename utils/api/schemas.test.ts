import { describe, expect, it } from 'vitest';
import { completedBody, pendingBody } from './sample-reports';
import { parseReport } from './schemas';

describe('parseReport on documented quirks', () => {
  it('accepts a completed report with an integer integrity score, epoch-ms recording keys, a non-ISO date and extra fields', () => {
    const parsed = parseReport(completedBody());
    expect(parsed.ok).toBe(true);
    if (!parsed.ok || parsed.report.status !== 'completed') throw new Error('expected completed');
    expect(parsed.report.integrity_score).toBe(10);
    expect(parsed.report.completed_date).toBe('Jul 05, 2025, 4:42:45 AM');
    expect(parsed.report.interview_recording).toEqual([{ key: '1755695988585', url: 'https://cdn.xobin.com/rec/session-1.webm' }]);
    expect(parsed.report.conversation[1]).toMatchObject({ mode: 'code', role: 'user' });
    expect(parsed.report.skill_wise_scores.mustHaves).toEqual([{ score: 8, skill_name: 'Node.js' }]);
    expect(parsed.report.response_id).toBe('979554');
  });

  it('accepts documented session keys and a float integrity score', () => {
    const parsed = parseReport(completedBody({ integrity_score: 7.5, interview_recording: { session1: 'https://x.example/1', session2: 'https://x.example/2' } }));
    expect(parsed.ok && parsed.report.status === 'completed' && parsed.report.interview_recording.map((r) => r.key)).toEqual(['session1', 'session2']);
  });

  it('treats a missing skills block, conversation or optional text as empty rather than failing', () => {
    const parsed = parseReport(completedBody({ skill_wise_scores: null, conversation: undefined, recommendation: null, integrity_score: null }));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok || parsed.report.status !== 'completed') return;
    expect(parsed.report.conversation).toEqual([]);
    expect(parsed.report.skill_wise_scores).toEqual({ mustHaves: [], niceToHaves: [] });
    expect(parsed.report.integrity_score).toBeUndefined();
  });

  it('drops a recording whose URL is not a string instead of losing the report', () => {
    const parsed = parseReport(completedBody({ interview_recording: { a: 42, b: 'https://x.example/b' } }));
    expect(parsed.ok && parsed.report.status === 'completed' && parsed.report.interview_recording).toEqual([{ key: 'b', url: 'https://x.example/b' }]);
  });

  it('reads the not-completed shape, and unknown statuses, as pending', () => {
    expect(parseReport(pendingBody())).toMatchObject({ ok: true, report: { status: 'pending', invite_status: 'Pending' } });
    expect(parseReport(pendingBody({ invite_status: 'Started' }))).toMatchObject({ ok: true, report: { status: 'pending' } });
    expect(parseReport(pendingBody({ invite_status: 'Expired' }))).toMatchObject({ ok: true, report: { status: 'pending', invite_status: 'Expired' } });
  });

  it('maps unknown message modes to default and keeps unknown roles', () => {
    const parsed = parseReport(completedBody({ conversation: [{ content: 'hi', role: 'system', mode: 'voice', timestamp: 1 }] }));
    expect(parsed.ok && parsed.report.status === 'completed' && parsed.report.conversation[0]).toEqual({ content: 'hi', role: 'system', mode: 'default', timestamp: 1 });
  });
});

describe('parseReport on wrong data', () => {
  it.each([
    ['a score that is a string', { score: '82' }],
    ['a score that is NaN-like', { score: null }],
    ['a missing score on a completed interview', { score: undefined }],
    ['a message without content', { conversation: [{ role: 'user', mode: 'default', timestamp: 1 }] }],
    ['a message with a non-string content', { conversation: [{ content: 5, role: 'user' }] }],
    ['a skill score that is not a number', { skill_wise_scores: { must_haves: [{ skill_name: 'x', score: 'high' }] } }],
    ['a non-numeric response id', { response_id: 'abc' }],
    ['an integrity score that is a string', { integrity_score: '10' }],
  ])('rejects %s', (_name, overrides) => {
    const parsed = parseReport(completedBody(overrides));
    expect(parsed.ok).toBe(false);
  });

  it.each([null, [], 'text', 42, {}, { invite_status: 5 }])('rejects a body that is not a report: %j', (body) => {
    expect(parseReport(body).ok).toBe(false);
  });

  it('says where the problem is', () => {
    const parsed = parseReport(completedBody({ score: 'high' }));
    expect(parsed.ok === false && parsed.issue).toMatch(/^score:/);
  });
});
