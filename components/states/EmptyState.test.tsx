import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { adapters } from '../../utils/ats';
import { atsNames, EmptyState } from './EmptyState';

describe('EmptyState', () => {
  it('says where it works, naming every registered ATS', () => {
    const { container } = render(<EmptyState />);
    expect(screen.getByRole('heading', { name: 'No candidate on this tab' })).toBeTruthy();
    for (const adapter of adapters) expect(container.textContent).toContain(adapter.name);
  });

  it('joins ATS names as a readable list', () => {
    expect(atsNames(['Greenhouse', 'Lever'])).toBe('Greenhouse or Lever');
    expect(atsNames(['Greenhouse', 'Lever', 'Ashby'])).toBe('Greenhouse, Lever, or Ashby');
    expect(atsNames(['Greenhouse'])).toBe('Greenhouse');
  });
});
