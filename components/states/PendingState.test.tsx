import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { LOOKUP, pendingReport } from '../test-fixtures';
import { PendingState } from './PendingState';

function setup(status: string, refreshing = false) {
  const onRefresh = vi.fn();
  const { container } = render(
    <PendingState report={pendingReport({ invite_status: status })} lookup={LOOKUP} refreshing={refreshing} onRefresh={onRefresh} />,
  );
  return { onRefresh, container };
}

describe('PendingState', () => {
  it('explains Pending', () => {
    const { container } = setup('Pending');
    expect(container.querySelector('.status-line')?.textContent).toBe('Pending: the candidate has not started the interview yet.');
  });

  it('explains Started', () => {
    const { container } = setup('Started');
    expect(container.querySelector('.status-line')?.textContent).toBe('Started: in progress. The candidate has started but not finished.');
  });

  it('shows an unknown status as-is with a generic line', () => {
    const { container } = setup('Expired');
    expect(container.querySelector('.status-line')?.textContent).toBe('Expired: the interview is not completed, so there is no report yet.');
  });

  it('names the candidate, the interview and the lookup', () => {
    setup('Pending');
    expect(screen.getByRole('heading', { name: 'Ada Example' })).toBeTruthy();
    expect(screen.getByText('ada@example.com')).toBeTruthy();
    expect(screen.getByText('Backend Engineer Screen')).toBeTruthy();
    expect(screen.getByText('Found by custom_field_id 5123456002, from the Greenhouse application')).toBeTruthy();
  });

  it('checks again on request', () => {
    const { onRefresh } = setup('Pending');
    fireEvent.click(screen.getByRole('button', { name: 'Check again' }));
    expect(onRefresh).toHaveBeenCalledOnce();
  });

  it('says when it is updating', () => {
    setup('Pending', true);
    expect(screen.getByText('Updating…')).toBeTruthy();
  });
});
