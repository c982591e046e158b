import { act, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { compareItem } from '../../utils/storage';
import { Announcer } from '../Announcer';
import { ReportActions } from '../report/ReportActions';
import { completedReport } from '../test-fixtures';

beforeEach(() => fakeBrowser.reset());

function actionsFor(responseId: string) {
  return render(
    <Announcer>
      <ReportActions report={completedReport({ response_id: responseId })} />
    </Announcer>,
  );
}

describe('Add to compare, in the report actions', () => {
  it('adds this candidate, then offers "Compare (N)" which opens the compare page', async () => {
    await compareItem.setValue(['7']);
    const create = vi.spyOn(browser.tabs, 'create').mockResolvedValue({} as never);
    actionsFor('98765');
    fireEvent.click(await screen.findByRole('button', { name: 'Add to compare' }));
    await screen.findByText('Added to compare (2 of 4).');
    expect(await compareItem.getValue()).toEqual(['7', '98765']);
    fireEvent.click(await screen.findByRole('button', { name: 'Compare (2)' }));
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/sidepanel\.html\?compare$/) });
  });

  it('turns into "Remove from compare" for a candidate already in it', async () => {
    await compareItem.setValue(['98765']);
    actionsFor('98765');
    fireEvent.click(await screen.findByRole('button', { name: 'Remove from compare' }));
    await screen.findByText('Removed from compare.');
    expect(await compareItem.getValue()).toEqual([]);
    expect(screen.getByRole('button', { name: 'Add to compare' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Compare \(/ })).toBeNull();
  });

  it('says plainly that compare is full, and adds nothing', async () => {
    await compareItem.setValue(['1', '2', '3', '4']);
    actionsFor('98765');
    await screen.findByRole('button', { name: 'Compare (4)' });
    fireEvent.click(screen.getByRole('button', { name: 'Add to compare' }));
    await screen.findByText('Compare holds up to 4 candidates. Remove one to add another.');
    expect(await compareItem.getValue()).toEqual(['1', '2', '3', '4']);
  });

  it('follows changes made elsewhere (the compare page, another panel)', async () => {
    actionsFor('98765');
    await screen.findByRole('button', { name: 'Add to compare' });
    await act(() => compareItem.setValue(['98765', '5']));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Compare (2)' })).toBeTruthy());
    expect(screen.getByRole('button', { name: 'Remove from compare' })).toBeTruthy();
  });
});
