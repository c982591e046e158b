import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { ManualLookup } from './ManualLookup';

describe('ManualLookup', () => {
  it('submits the trimmed query, and nothing when empty', () => {
    const onLookup = vi.fn();
    render(<ManualLookup onLookup={onLookup} />);
    const input = screen.getByRole('textbox', { name: 'Xobin report link or candidate id' });
    const button = screen.getByRole('button', { name: 'Look up' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    fireEvent.input(input, { target: { value: '  CAND-2025-001 ' } });
    fireEvent.submit(input.closest('form')!);
    expect(onLookup).toHaveBeenCalledWith('CAND-2025-001');
  });
});
