import { render, screen } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CompareLoading } from './CompareLoading';

describe('CompareLoading', () => {
  it('says the compare view is loading, as a status', () => {
    render(<CompareLoading />);
    expect(screen.getByRole('status').textContent).toBe('Loading the report…');
  });

  it('lets the compare page show it without importing the lazy loader that imports the page', () => {
    const compare = readFileSync('components/compare/Compare.tsx', 'utf8');
    expect(compare).not.toMatch(/from '\.\/LazyCompare'/);
  });
});
