import { act, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { compareItem, recentItem, type RecentCandidate } from '../../utils/storage';
import { Announcer } from '../Announcer';
import { RecentCandidates, RecentList } from './RecentCandidates';

const ada: RecentCandidate = {
  responseId: '1',
  name: 'Ada Example',
  interview: 'Backend Engineer Screen',
  status: 'completed',
  score: 82,
  atsName: 'Greenhouse',
  url: 'https://app.greenhouse.io/people/1',
  at: 1,
};
const pat: RecentCandidate = { responseId: '2', name: 'Pat Pending', status: 'pending', url: 'https://hire.lever.co/candidates/x', at: 2 };

beforeEach(() => fakeBrowser.reset());

describe('RecentList', () => {
  it('lists candidates newest first, each reopening their profile in a new tab', () => {
    render(<RecentList items={[ada, pat]} />);
    const links = screen.getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href'), link.getAttribute('rel'), link.getAttribute('target')])).toEqual([
      ['Ada Example', 'https://app.greenhouse.io/people/1', 'noopener noreferrer', '_blank'],
      ['Pat Pending', 'https://hire.lever.co/candidates/x', 'noopener noreferrer', '_blank'],
    ]);
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Ada Example score 82 · Backend Engineer Screen · Greenhouse',
      'Pat Pending not completed',
    ]);
  });

  it('leaves out entries whose page is not an http(s) URL, and renders nothing when none is left', () => {
    const { container } = render(<RecentList items={[{ ...ada, url: 'javascript:alert(1)' }]} />);
    expect(container.innerHTML).toBe('');
  });
});

describe('RecentCandidates', () => {
  it('follows the stored list', async () => {
    render(<RecentCandidates />);
    await act(() => recentItem.setValue([pat]));
    expect(await screen.findByText('Pat Pending')).toBeTruthy();
    await act(() => recentItem.setValue([]));
    expect(screen.queryByText('Pat Pending')).toBeNull();
  });
});

describe('RecentCandidates and compare', () => {
  const toggle = (name: string) => screen.getByRole('button', { name: `Compare ${name}` });

  it('puts a recent candidate into compare and takes them out again, saying so', async () => {
    await recentItem.setValue([ada, pat]);
    render(
      <Announcer>
        <RecentCandidates />
      </Announcer>,
    );
    await screen.findByText('Ada Example');
    expect(toggle('Ada Example').getAttribute('aria-pressed')).toBe('false');
    expect(screen.queryByRole('button', { name: /^Compare \(/ })).toBeNull();
    fireEvent.click(toggle('Ada Example'));
    await waitFor(() => expect(toggle('Ada Example').getAttribute('aria-pressed')).toBe('true'));
    expect(await compareItem.getValue()).toEqual(['1']);
    expect(toggle('Pat Pending').getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByRole('button', { name: 'Compare (1)' })).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Ada Example added to compare (1 of 4).'));
    fireEvent.click(toggle('Ada Example'));
    await waitFor(() => expect(toggle('Ada Example').getAttribute('aria-pressed')).toBe('false'));
    expect(await compareItem.getValue()).toEqual([]);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Ada Example removed from compare.'));
  });

  it('says compare is full and leaves the set as it was', async () => {
    await recentItem.setValue([ada]);
    await compareItem.setValue(['11', '12', '13', '14']);
    render(
      <Announcer>
        <RecentCandidates />
      </Announcer>,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Compare Ada Example' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Compare holds up to 4 candidates. Remove one to add another.'));
    expect(await compareItem.getValue()).toEqual(['11', '12', '13', '14']);
    expect(toggle('Ada Example').getAttribute('aria-pressed')).toBe('false');
  });
});
