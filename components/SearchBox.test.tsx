import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { IdentityWarning } from './report/IdentityWarning';
import { SearchBox } from './SearchBox';

describe('SearchBox', () => {
  it('searches for what was typed, trimmed, and ignores an empty search', () => {
    const onSearch = vi.fn();
    render(<SearchBox onSearch={onSearch} />);
    fireEvent.click(screen.getByRole('button', { name: 'Find' }));
    expect(onSearch).not.toHaveBeenCalled();
    fireEvent.input(screen.getByLabelText('Find a report'), { target: { value: ' 979560 ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Find' }));
    expect(onSearch).toHaveBeenCalledWith('979560');
    expect(screen.getByRole('search')).toBeTruthy();
  });
});

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
