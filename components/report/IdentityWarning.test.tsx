import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { IdentityWarning } from './IdentityWarning';

describe('IdentityWarning', () => {
  it('says whose report it is and what the profile shows, as text', () => {
    render(<IdentityWarning profileEmail="riley@example.com" reportEmail="<b>jordan@example.com</b>" />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('This report is for <b>jordan@example.com</b> — the profile shows riley@example.com.');
    expect(alert.querySelector('b')).toBeNull();
  });

  it('renders nothing when the emails match or one is missing', () => {
    const { container } = render(<IdentityWarning profileEmail="a@example.com" reportEmail="A@example.com" />);
    expect(container.textContent).toBe('');
  });
});
