import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { IdentityWarning } from './IdentityWarning';

describe('IdentityWarning', () => {
  it('says whose report it is and what the profile shows, as text', () => {
    render(<IdentityWarning problem={{ kind: 'email', profile: 'riley@example.com', report: '<b>jordan@example.com</b>' }} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('This report is for <b>jordan@example.com</b> — the profile shows riley@example.com.');
    expect(alert.querySelector('b')).toBeNull();
  });

  it('says in plain words whose linked report it is and why it is not trusted, and offers to confirm it', () => {
    const onConfirm = vi.fn();
    render(<IdentityWarning problem={{ kind: 'untied', report: 'Riley Sample (riley@example.com)' }} onConfirm={onConfirm} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('This is the report of Riley Sample (riley@example.com), found only through a Xobin link on the page.');
    expect(alert.textContent).toContain("It is not shown as this candidate's score");
    fireEvent.click(screen.getByRole('button', { name: /It is the right candidate/ }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });

  it('renders nothing without a problem', () => {
    const { container } = render(<IdentityWarning />);
    expect(container.textContent).toBe('');
  });
});
