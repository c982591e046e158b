import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { LoadingState } from './LoadingState';

describe('LoadingState', () => {
  it('announces loading once and hides the skeleton from assistive technology', () => {
    const { container } = render(<LoadingState />);
    expect(screen.getByRole('status').textContent).toBe('Loading the AI Interview report…');
    expect(container.querySelector('.skeleton')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('lays out the same cards as the report', () => {
    const { container } = render(<LoadingState />);
    expect(container.querySelector('.skeleton > .card.head')).toBeTruthy();
    expect(container.querySelectorAll('.skeleton > .card.overview .tile')).toHaveLength(3);
    expect(container.querySelectorAll('.skeleton > .card')).toHaveLength(5);
  });
});
