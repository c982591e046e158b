import { describe, expect, it } from 'vitest';
import { completedReport, message } from '../../components/test-fixtures';
import { escapeInline, fenceFor, scorecardMarkdown, transcriptFileName, transcriptMarkdown } from './markdown';

describe('scorecardMarkdown', () => {
  it('summarises the report for an ATS note', () => {
    expect(scorecardMarkdown(completedReport())).toBe(
      [
        '**Ada Example** · ada@example.com',
        'AI Interview: Backend Engineer Screen · Completed Jul 05, 2025, 04:42:45 GMT',
        '',
        '- Score: 82',
        '- Recommendation: Recommended',
        '- Integrity: 9 out of 10',
        '- Must-have skills: Python 85, SQL 70',
        '- Nice-to-have skills: Docker 60',
        '- Xobin report: https://app.xobin.com/reports/98765',
      ].join('\n'),
    );
  });

  it('neutralises Markdown and HTML in report text and drops unsafe links', () => {
    const text = scorecardMarkdown(
      completedReport({ candidate_name: '[x](javascript:alert(1)) <img src=x>', report_link: 'javascript:alert(1)', integrity_score: undefined }),
    );
    expect(text).toContain('\\[x\\](javascript:alert(1)) \\<img src=x\\>');
    expect(text).not.toContain('Xobin report');
    expect(text).toContain('Integrity: Not reported');
  });
});

describe('transcriptMarkdown', () => {
  it('writes speakers, times and fenced code', () => {
    const md = transcriptMarkdown(completedReport());
    expect(md).toMatch(/^# AI Interview transcript: Ada Example\n/);
    expect(md).toContain('**Interviewer** · 0:00 (Jul 05, 2025, 04:00:00 GMT)\n\nTell me about yourself.');
    expect(md).toContain('**Candidate** · 2:15 (Jul 05, 2025, 04:02:15 GMT)\n\n```\ndef rev(xs):\n    return xs[::-1]\n```');
    expect(md).toContain('**system** · 3:20');
  });

  it('keeps code containing fences in one block', () => {
    const code = 'echo ```\n````';
    expect(fenceFor(code)).toBe('`````');
    const md = transcriptMarkdown(completedReport({ conversation: [message({ mode: 'code', content: code })] }));
    expect(md).toContain('`````\necho ```\n````\n`````');
  });

  it('names the file safely', () => {
    expect(transcriptFileName(completedReport({ candidate_name: 'Zoë O’Brien / QA' }))).toBe('transcript-zoe-o-brien-qa-98765.md');
    expect(escapeInline('a\n*b*')).toBe('a \\*b\\*');
  });
});
