import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ApiError } from '../../utils/api/errors';
import type { Report } from '../../utils/api/schemas';
import { INVALID } from '../../utils/api/score';
import { compareItem, recentItem, type RecentCandidate } from '../../utils/storage';
import { completedReport, pendingReport } from '../test-fixtures';
import { Compare } from './Compare';

const ada = completedReport({
  response_id: '101',
  candidate_name: 'Ada Example',
  ai_interview_id: '31877',
  ai_interview_name: 'Backend Engineer Screen',
  score: 82,
  integrity_score: 9,
  skill_wise_scores: {
    mustHaves: [
      { skill_name: 'Python', score: 85 },
      { skill_name: 'SQL', score: 70 },
    ],
    niceToHaves: [{ skill_name: 'Docker', score: 60 }],
  },
});
const grace = completedReport({
  response_id: '102',
  candidate_name: 'Grace Sample',
  ai_interview_id: '31877',
  ai_interview_name: 'Backend Engineer Screen',
  score: 64,
  integrity_score: INVALID,
  skill_wise_scores: {
    mustHaves: [
      { skill_name: ' sql', score: 91 },
      { skill_name: 'Statistics', score: 58 },
    ],
    niceToHaves: [],
  },
});

let answers: Record<string, { ok: true; report: Report } | { ok: false; error: ApiError }>;
beforeEach(() => {
  fakeBrowser.reset();
  answers = { '101': { ok: true, report: ada }, '102': { ok: true, report: grace } };
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    const { type, responseId } = message as { type: string; responseId: string };
    if (type !== 'report:get') throw new Error(`unexpected ${type}`);
    return answers[responseId] ?? { ok: false, error: { kind: 'not-found', status: 404 } };
  });
});

const table = () => screen.getByRole('table', { name: 'Candidates side by side' });
/** The table as text, one array per row: header cell first. */
function rows(): string[][] {
  return [...table().querySelectorAll('tr')].map((tr) => [...tr.children].map((cell) => (cell.textContent ?? '').trim()));
}
const row = (label: string) => rows().find((cells) => cells[0] === label);

async function showing(ids: string[], recent: RecentCandidate[] = []) {
  await compareItem.setValue(ids);
  await recentItem.setValue(recent);
  render(<Compare />);
  await waitFor(() => expect(document.querySelector('main')?.dataset.state).toBe('compare'));
}

describe('Compare', () => {
  it('puts the candidates side by side with their skills aligned by name', async () => {
    await showing(['101', '102']);
    await waitFor(() => expect(row('Score')).toBeTruthy());
    await waitFor(() => expect(row('Python')).toBeTruthy());
    const headers = within(table())
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers).toEqual(['Ada Example', 'Grace Sample']);
    expect(row('Score')).toEqual(['Score', '82★ Highest', '64']);
    expect(row('Integrity')).toEqual(['Integrity', '9 out of 10', 'invalid']);
    expect(row('Must-have skills')).toEqual(['Must-have skills']);
    expect(row('Python')).toEqual(['Python', '85', 'Not assessed']);
    expect(row('SQL')).toEqual(['SQL', '70', '91★ Highest']);
    expect(row('Statistics')).toEqual(['Statistics', 'Not assessed', '58']);
    expect(row('Docker')).toEqual(['Docker', '60', 'Not assessed']);
    expect(row('Completed (GMT)')?.[1]).toMatch(/2025/);
  });

  it('uses real row and column headers, so each cell is announced with skill and candidate', async () => {
    await showing(['101', '102']);
    await waitFor(() => expect(row('SQL')).toBeTruthy());
    const sql = within(table()).getByRole('rowheader', { name: 'SQL' });
    expect(sql.getAttribute('scope')).toBe('row');
    for (const th of within(table()).getAllByRole('columnheader')) expect(th.getAttribute('scope')).toBe('col');
    expect(table().querySelector('th[scope="rowgroup"]')?.textContent).toBe('Must-have skills');
  });

  it('warns, naming them, when the candidates took different interviews', async () => {
    answers['102'] = { ok: true, report: { ...grace, ai_interview_id: '40000', ai_interview_name: 'Data Analyst Screen' } };
    await showing(['101', '102']);
    const warning = await screen.findByRole('note');
    expect(warning.textContent).toContain('These candidates took different interviews');
    expect(warning.textContent).toContain('Backend Engineer Screen: Ada Example');
    expect(warning.textContent).toContain('Data Analyst Screen: Grace Sample');
  });

  it('does not warn when they took the same interview', async () => {
    await showing(['101', '102']);
    await waitFor(() => expect(row('SQL')).toBeTruthy());
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('shows a failed or pending column in plain words with the next step, and the others still load', async () => {
    answers['103'] = { ok: false, error: { kind: 'unauthorized', status: 401 } };
    answers['104'] = { ok: true, report: pendingReport({ response_id: '104', candidate_name: 'Casey Pending', invite_status: 'Started' }) };
    await showing(['101', '103', '104', '105'], [recent('103', 'Lin Keyless')]);
    await waitFor(() => expect(row('Python')).toBeTruthy());
    const headers = within(table())
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers).toEqual(['Ada Example', 'Lin Keyless', 'Casey Pending', 'Response 105']);
    const report = row('Report')!;
    expect(report[2]).toContain('Xobin did not accept your API key');
    expect(within(table()).getByRole('button', { name: 'Open settings' })).toBeTruthy();
    expect(report[3]).toContain('Interview not completed yet (status: Started)');
    expect(report[4]).toContain('No AI Interview report found');
    expect(report[4]).toContain('Try again');
    expect(row('Python')).toEqual(['Python', '85', 'No report', 'No report', 'No report']);
  });

  it('removes one candidate and clears all, moving focus to the heading', async () => {
    await showing(['101', '102']);
    await waitFor(() => expect(row('SQL')).toBeTruthy());
    fireEvent.click(screen.getByRole('button', { name: 'Remove Grace Sample from compare' }));
    await waitFor(() => expect(within(table()).getAllByRole('columnheader')).toHaveLength(1));
    expect(await compareItem.getValue()).toEqual(['101']);
    expect(screen.getByText('Add at least one more candidate to compare.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 })));
    fireEvent.click(screen.getByRole('button', { name: 'Clear all' }));
    await screen.findByText('No candidates to compare yet.');
    expect(await compareItem.getValue()).toEqual([]);
  });

  it('adds from the recent list, up to four, and says so when full', async () => {
    const list = ['103', '104', '105', '106'].map((id) => recent(id, `Person ${id}`));
    for (const id of ['103', '104', '105', '106']) answers[id] = { ok: true, report: completedReport({ response_id: id, candidate_name: `Person ${id}` }) };
    await showing(['101', '102'], [...list, { ...recent('107', 'Pat Pending'), status: 'pending' }]);
    const picker = screen.getByRole('region', { name: 'Add from recent candidates' });
    // A candidate whose interview is not completed has nothing to compare.
    expect(within(picker).queryByText('Pat Pending')).toBeNull();
    fireEvent.click(within(picker).getByRole('button', { name: 'Add to compare: Person 103' }));
    await waitFor(() => expect(within(table()).getAllByRole('columnheader')).toHaveLength(3));
    fireEvent.click(within(picker).getByRole('button', { name: 'Add to compare: Person 104' }));
    await waitFor(() => expect(within(table()).getAllByRole('columnheader')).toHaveLength(4));
    expect(screen.getByText('Compare holds up to 4 candidates. Remove one to add another.')).toBeTruthy();
    const fifth = within(picker).getByRole('button', { name: 'Add to compare: Person 105' });
    expect(fifth.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(fifth);
    await act(() => new Promise((resolve) => setTimeout(resolve, 100)));
    expect(await compareItem.getValue()).toEqual(['101', '102', '103', '104']);
    expect(within(table()).getAllByRole('columnheader')).toHaveLength(4);
  });

  it('follows the stored set live (an "Add to compare" in a side panel)', async () => {
    await showing(['101']);
    await act(() => compareItem.setValue(['101', '102']));
    await waitFor(() => expect(within(table()).getAllByRole('columnheader')).toHaveLength(2));
    expect(browser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'report:get', responseId: '102', force: false });
  });

  it('tells the same person twice apart (two interviews) by response id, headers and buttons alike', async () => {
    answers['102'] = { ok: true, report: { ...grace, candidate_name: 'Ada Example', ai_interview_name: 'Final Screen' } };
    await showing(['101', '102']);
    await waitFor(() =>
      expect(
        within(table())
          .getAllByRole('columnheader')
          .map((th) => th.textContent),
      ).toEqual(['Ada Example (response 101)', 'Ada Example (response 102)']),
    );
    expect(screen.getByRole('button', { name: 'Remove Ada Example (response 102) from compare' })).toBeTruthy();
  });

  it('renders report text as text, never as markup', async () => {
    answers['102'] = {
      ok: true,
      report: {
        ...grace,
        candidate_name: '<img src=x onerror=alert(1)>',
        skill_wise_scores: { mustHaves: [{ skill_name: '<b>SQL</b>', score: 1 }], niceToHaves: [] },
      },
    };
    await showing(['101', '102']);
    await waitFor(() => expect(within(table()).getAllByRole('columnheader')[1]?.textContent).toBe('<img src=x onerror=alert(1)>'));
    expect(table().querySelector('img, b')).toBeNull();
  });
});

function recent(responseId: string, name: string): RecentCandidate {
  return {
    responseId,
    name,
    status: 'completed',
    score: 70,
    interview: 'Backend Engineer Screen',
    url: `https://app.greenhouse.io/people/${responseId}`,
    at: 1,
  };
}

describe('the ?compare page', () => {
  it('is routed by App and loads the compare view on demand', async () => {
    const { App } = await import('../App');
    history.replaceState(null, '', '/sidepanel.html?compare');
    try {
      await compareItem.setValue(['101', '102']);
      render(<App />);
      await screen.findByRole('heading', { level: 1, name: 'Compare candidates' });
      await waitFor(() =>
        expect(
          within(table())
            .getAllByRole('columnheader')
            .map((th) => th.textContent),
        ).toEqual(['Ada Example', 'Grace Sample']),
      );
    } finally {
      history.replaceState(null, '', '/sidepanel.html');
    }
  });
});
