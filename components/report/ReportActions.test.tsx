import { fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { scorecardMarkdown } from '../../utils/panel/markdown';
import { Announcer } from '../Announcer';
import { completedReport } from '../test-fixtures';
import { ReportActions } from './ReportActions';
import { Summary } from './Summary';

let writeText: ReturnType<typeof vi.fn>;
beforeEach(() => {
  writeText = vi.fn().mockResolvedValue(undefined);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
});
afterEach(() => vi.useRealTimers());

describe('Report actions', () => {
  it('copies the scorecard snippet and says so', async () => {
    const report = completedReport();
    render(
      <Announcer>
        <ReportActions report={report} />
      </Announcer>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Copy scorecard' }));
    await vi.waitFor(() => expect(screen.getByRole('button', { name: 'Copied' })).toBeTruthy());
    expect(writeText).toHaveBeenCalledWith(scorecardMarkdown(report));
    await vi.waitFor(() => expect(screen.getByRole('status').textContent).toBe('Copied'));
  });

  it('copies the summary', async () => {
    render(<Summary summary="Strong fundamentals." />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy summary' }));
    await vi.waitFor(() => expect(writeText).toHaveBeenCalledWith('Strong fundamentals.'));
  });

  it('says when copying failed', async () => {
    writeText.mockRejectedValue(new Error('denied'));
    render(
      <Announcer>
        <Summary summary="Strong fundamentals." />
      </Announcer>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Copy summary' }));
    await vi.waitFor(() => expect(screen.getByRole('status').textContent).toBe('Could not copy. Select the text and copy it instead.'));
    expect(screen.getByRole('button', { name: 'Copy summary' })).toBeTruthy();
  });

  it('has no copy button without a summary', () => {
    render(<Summary summary={undefined} />);
    expect(screen.getByText('No summary in this report.')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('exports the transcript as a Markdown file', async () => {
    const created: Blob[] = [];
    const clicked: Array<{ href: string; download: string }> = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:transcript';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
    });
    render(
      <Announcer>
        <ReportActions report={completedReport()} />
      </Announcer>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Export transcript (.md)' }));
    expect(clicked).toEqual([{ href: 'blob:transcript', download: 'transcript-ada-example-98765.md' }]);
    expect(created[0]?.type).toBe('text/markdown;charset=utf-8');
    expect(await created[0]?.text()).toMatch(/^# AI Interview transcript: Ada Example/);
  });

  it('cannot export an empty transcript', () => {
    render(<ReportActions report={completedReport({ conversation: [] })} />);
    expect((screen.getByRole('button', { name: 'Export transcript (.md)' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
