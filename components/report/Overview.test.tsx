import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { Overview, percent } from './Overview';

describe('Overview', () => {
  it.each([
    ['Recommended', 'positive', '✓'],
    ['Not Recommended', 'negative', '✕'],
    ['Recommended with reservations', 'neutral', '•'],
  ])('gives "%s" a %s tone', (recommendation, tone, icon) => {
    const { container } = render(<Overview score={70} recommendation={recommendation} integrity={8} />);
    const tile = container.querySelector('[data-tone]');
    expect(tile?.getAttribute('data-tone')).toBe(tone);
    expect(tile?.querySelector('.tone-icon')?.textContent).toBe(icon);
    expect(tile?.textContent).toContain(recommendation);
  });

  it('explains the integrity scale', () => {
    const { container } = render(<Overview score={70} integrity={10} />);
    expect(container.textContent).toContain('10 out of 10');
    expect(container.textContent).toContain('0 to 10');
  });

  it('fills bars without hiding scores outside the expected range', () => {
    expect(percent(82, 100)).toBe(82);
    expect(percent(140, 100)).toBe(100);
    expect(percent(-3, 100)).toBe(0);
    const { container } = render(<Overview score={140} />);
    expect(container.querySelector('.ring')?.textContent).toBe('140');
  });
});
