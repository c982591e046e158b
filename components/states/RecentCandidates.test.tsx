import { act, render, screen } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { recentItem, type RecentCandidate } from '../../utils/storage';
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
