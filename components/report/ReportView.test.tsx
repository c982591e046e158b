import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { completedBody } from '../../utils/api/sample-reports';
import { parseReport, type CompletedReport } from '../../utils/api/schemas';
import { completedReport, LOOKUP, transcriptDrawn } from '../test-fixtures';
import { ReportView } from './ReportView';

function setup(report = completedReport(), refreshing = false) {
  const onRefresh = vi.fn();
  const utils = render(<ReportView report={report} lookup={LOOKUP} refreshing={refreshing} onRefresh={onRefresh} />);
  return { ...utils, onRefresh };
}

describe('ReportView', () => {
  it('shows who, which interview and when (the API’s date in GMT, written for the reader)', () => {
    setup();
    expect(screen.getByRole('heading', { level: 1, name: 'Ada Example' })).toBeTruthy();
    expect(screen.getByText('ada@example.com')).toBeTruthy();
    expect(screen.getByText(/Backend Engineer Screen/)).toBeTruthy();
    expect(screen.getByText('Completed Jul 05, 2025, 04:42:45 GMT')).toBeTruthy();
  });

  it('says how the report was found', () => {
    setup();
    expect(screen.getByText('Found by custom_field_id 5123456002, from the Greenhouse application')).toBeTruthy();
  });

  it('shows score, recommendation and integrity out of 10', () => {
    setup();
    const overview = screen.getByRole('region', { name: 'Overview' });
    expect(within(overview).getByText('82')).toBeTruthy();
    expect(within(overview).getByText('Recommended')).toBeTruthy();
    expect(within(overview).getByText('9 out of 10')).toBeTruthy();
  });

  it('shows a non-integer score and a missing integrity honestly', () => {
    setup(completedReport({ score: 7.25, integrity_score: undefined, recommendation: undefined }));
    expect(screen.getByText('7.3')).toBeTruthy();
    expect(screen.getByText('Not reported')).toBeTruthy();
    expect(screen.getByText('Not given')).toBeTruthy();
  });

  it('lists must-have and nice-to-have skills with scores', () => {
    const { container } = setup();
    const skills = [...container.querySelectorAll('.skill')].map((skill) => skill.textContent);
    expect(skills).toEqual(['Python85', 'SQL70', 'Docker60']);
    expect(screen.getByRole('heading', { name: 'Must-have skills' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Nice-to-have skills' })).toBeTruthy();
  });

  it('shows the summary', () => {
    const { container } = setup();
    expect(container.querySelector('.summary')?.textContent).toBe('Strong fundamentals.\nClear communicator.');
  });

  it('links the report, the PDF and each recording session in order, safely', () => {
    setup();
    const links = screen.getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Open Xobin report', 'https://app.xobin.com/reports/98765'],
      ['Open PDF', 'https://files.example.com/report.pdf'],
      ['Session 1', 'https://media.example.com/session-1.webm'],
      ['Session 2', 'https://media.example.com/session-2.webm'],
      ['Session 3', 'https://media.example.com/session-3.webm'],
    ]);
    for (const link of links) {
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
      expect(link.getAttribute('target')).toBe('_blank');
    }
  });

  it('shows no link for a non-http URL', () => {
    setup(
      completedReport({
        pdf_link: 'javascript:alert(1)',
        report_link: 'data:text/html,<b>x</b>',
        interview_recording: [{ key: 'session1', url: 'javascript:alert(2)' }],
      }),
    );
    expect(screen.queryAllByRole('link')).toHaveLength(0);
    expect(screen.queryByText('Recordings')).toBeNull();
  });

  it('refreshes on request and shows a background refresh', () => {
    const { onRefresh } = setup(completedReport(), true);
    expect(screen.getByText('Updating…')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    expect(onRefresh).toHaveBeenCalledOnce();
  });

  it('shows the whole transcript with speakers told apart', async () => {
    const { container } = setup();
    await transcriptDrawn();
    const items = [...container.querySelectorAll('.msg')];
    expect(items.map((item) => item.querySelector('.who')?.textContent)).toEqual(['Interviewer', 'Candidate', 'Interviewer', 'Candidate', 'system']);
    expect(items.map((item) => item.className)).toEqual([
      'msg msg-interviewer',
      'msg msg-candidate',
      'msg msg-interviewer',
      'msg msg-candidate',
      'msg msg-other',
    ]);
    expect(items.map((item) => item.querySelector('time')?.textContent)).toEqual(['0:00', '0:15', '1:15', '2:15', '3:20']);
    expect(items[0]?.querySelector('time')?.getAttribute('datetime')).toBe('2025-07-05T04:00:00.000Z');
  });

  it('renders code messages in pre/code with whitespace kept', async () => {
    const { container } = setup();
    await transcriptDrawn();
    const code = container.querySelector('.msg-candidate pre > code');
    expect(code?.textContent).toBe('def rev(xs):\n    return xs[::-1]');
  });

  it('plays the recording from a message’s moment in a docked player', async () => {
    const { container } = setup();
    await transcriptDrawn();
    // Session 2 started at 04:00:00 GMT (its key); the candidate's answer came at 04:00:15.
    fireEvent.click(screen.getByRole('button', { name: 'Play session 2 from 0:15' }));
    const player = screen.getByRole('region', { name: 'Session 2 recording, from 0:15' });
    const video = player.querySelector('video')!;
    expect(video.getAttribute('src')).toBe('https://media.example.com/session-2.webm');
    fireEvent(video, new Event('loadedmetadata'));
    expect(video.currentTime).toBe(15);
    fireEvent.click(screen.getByRole('button', { name: 'Close player' }));
    expect(container.querySelector('video')).toBeNull();
  });

  it('offers no player when recordings are not keyed by start time', async () => {
    setup(completedReport({ interview_recording: [{ key: 'session1', url: 'https://media.example.com/1.webm' }] }));
    await transcriptDrawn();
    expect(document.querySelectorAll('.msg').length).toBeGreaterThan(0);
    expect(screen.queryByRole('button', { name: /^Play session/ })).toBeNull();
    expect(screen.getByRole('link', { name: 'Session 1' })).toBeTruthy();
  });

  it('shows a loose API report: the score, "invalid" for an out-of-range integrity score, and a note for an unreadable message', async () => {
    const body = completedBody({
      custom_field_id: 5123456002,
      integrity_score: 99,
      skill_wise_scores: { must_haves: [{ skill_name: 'SQL', score: -4 }], nice_to_haves: [] },
      conversation: [
        { content: 'Hello', role: 'assistant', mode: 'default', timestamp: 1 },
        { content: null, role: 'user', mode: 'default', timestamp: 2 },
      ],
    });
    const parsed = parseReport(body);
    if (!parsed.ok) throw new Error(parsed.issue);
    setup(parsed.report as CompletedReport);
    const overview = screen.getByRole('region', { name: 'Overview' });
    expect(within(overview).getByText('82')).toBeTruthy();
    const integrity = overview.querySelector('.tile-integrity')!;
    expect(integrity.querySelector('.tile-value')?.textContent).toBe('invalid');
    expect(integrity.textContent).not.toContain('99');
    expect(integrity.querySelector('.bar')).toBeNull();
    expect(screen.getByText(/outside 0–10/)).toBeTruthy();
    expect(document.querySelector('.skill-score')?.textContent).toBe('invalid');
    expect(screen.getByTestId('skipped-messages').textContent).toBe(
      '1 message(s) could not be read and are not shown. Open the report on Xobin for the full transcript.',
    );
    await transcriptDrawn();
    expect(screen.getByText('Hello')).toBeTruthy();
  });

  it('shows a score of 5,000 from the API as "invalid" with a note, never as the number', () => {
    const parsed = parseReport(completedBody({ score: 5000 }));
    if (!parsed.ok) throw new Error(parsed.issue);
    setup(parsed.report as CompletedReport);
    const overview = screen.getByRole('region', { name: 'Overview' });
    expect(overview.querySelector('.ring')?.textContent).toBe('invalid');
    expect(overview.textContent).not.toMatch(/5[,.]?000/);
    expect(within(overview).getByText(/outside 0–100/)).toBeTruthy();
  });

  it('reads a negative score as "invalid", not as a number', () => {
    setup(completedReport({ score: 'invalid' }));
    const ring = screen.getByRole('region', { name: 'Overview' }).querySelector('.ring')!;
    expect(ring.textContent).toBe('invalid');
    expect(ring.getAttribute('style')).toMatch(/--p:\s*0%/);
  });
});
