import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { PausedState } from './PausedState';

describe('PausedState', () => {
  it('says in plain words why lookups stopped, when they resume, and offers the recruiter a lookup now', () => {
    const onLookUpNow = vi.fn();
    render(<PausedState resumeAt={Date.now() + 2_500} scope="tab" onLookUpNow={onLookUpNow} />);
    expect(screen.getByRole('heading').textContent).toBe('Paused: too many lookups');
    expect(document.body.textContent).toContain('This page asked for more reports in a short time');
    expect(document.body.textContent).toContain('It resumes by itself in about 3 s (never later than an hour).');
    fireEvent.click(screen.getByRole('button', { name: 'Look up now' }));
    expect(onLookUpNow).toHaveBeenCalledOnce();
  });

  it('names every tab when the browser-wide budget is spent, and says it is resuming once due', () => {
    render(<PausedState resumeAt={Date.now() - 1} scope="all" onLookUpNow={() => undefined} />);
    expect(document.body.textContent).toContain('Your open ATS tabs asked for more reports');
    expect(document.body.textContent).toContain('Resuming now…');
  });
});
