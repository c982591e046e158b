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
    const parsed = parseReport(
      completedBody({ integrity_score: 7.5, interview_recording: { session1: 'https://x.example/1', session2: 'https://x.example/2' } }),
    );
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
    expect(parsed.ok && parsed.report.status === 'completed' && parsed.report.conversation[0]).toEqual({
      content: 'hi',
      role: 'system',
      mode: 'default',
      timestamp: 1,
    });
  });
});

describe('parseReport: tolerant where the API is loose, strict where a value would mislead', () => {
  const completed = (overrides: Record<string, unknown>) => {
    const parsed = parseReport(completedBody(overrides));
    if (!parsed.ok || parsed.report.status !== 'completed') throw new Error(parsed.ok ? 'not completed' : parsed.issue);
    return parsed.report;
  };

  it('reads a numeric custom_field_id as text instead of failing the report', () => {
    expect(completed({ custom_field_id: 5123456002 })).toMatchObject({ custom_field_id: '5123456002', score: 82 });
    expect(parseReport(pendingBody({ custom_field_id: 77 }))).toMatchObject({ ok: true, report: { custom_field_id: '77' } });
  });

  it('leaves out an unreadable message (content: null, a number, no content), counts it, and keeps the score and the rest', () => {
    const good = { content: 'Hello', role: 'assistant', mode: 'default', timestamp: 1 };
    const report = completed({
      conversation: [good, { content: null, role: 'user' }, { role: 'user' }, { content: 5, role: 'user' }, 'junk', { ...good, content: 'Bye' }],
    });
    expect(report.score).toBe(82);
    expect(report.conversation.map((m) => m.content)).toEqual(['Hello', 'Bye']);
    expect(report.skipped_messages).toBe(4);
    expect(completed({}).skipped_messages).toBe(0);
  });

  it.each([
    ['above its 0–10 range', 99],
    ['below zero', -1],
    ['a string', '10'],
    ['an object', { value: 9 }],
  ])('marks an integrity score %s as invalid, not as a number', (_what, value) => {
    expect(completed({ integrity_score: value })).toMatchObject({ integrity_score: 'invalid', score: 82 });
  });

  it('keeps integrity scores inside 0–10, integer or float, and a missing one as not reported', () => {
    expect(completed({ integrity_score: 0 }).integrity_score).toBe(0);
    expect(completed({ integrity_score: 10 }).integrity_score).toBe(10);
    expect(completed({ integrity_score: 7.5 }).integrity_score).toBe(7.5);
    expect(completed({ integrity_score: null }).integrity_score).toBeUndefined();
  });

  it.each([
    ['above 100', 5000],
    ['just above 100', 100.5],
    ['below zero', -5],
  ])('marks an overall score %s as invalid, kept but never a number', (_what, value) => {
    expect(completed({ score: value })).toMatchObject({ status: 'completed', score: 'invalid', integrity_score: 10 });
  });

  it('keeps overall scores from 0 to 100, integer or float', () => {
    for (const value of [0, 7.25, 100]) expect(completed({ score: value }).score).toBe(value);
  });

  it('marks a skill score that is not a non-negative number as invalid; no maximum is assumed for skills', () => {
    const skills = completed({
      skill_wise_scores: {
        must_haves: [
          { skill_name: 'x', score: 'high' },
          { skill_name: 'y', score: -2 },
          { skill_name: 'z', score: 7 },
        ],
      },
    });
    expect(skills.skill_wise_scores.mustHaves.map((s) => s.score)).toEqual(['invalid', 'invalid', 7]);
  });
});

describe('parseReport on wrong data', () => {
  it.each([
    ['a score that is a string', { score: '82' }],
    ['a score that is NaN-like', { score: null }],
    ['a missing score on a completed interview', { score: undefined }],
    ['a non-numeric response id', { response_id: 'abc' }],
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
