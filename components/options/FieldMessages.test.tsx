import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { AlertMessage, describedBy, FieldMessages } from './FieldMessages';

describe('FieldMessages', () => {
  it.each([{}, { hint: '', error: '' }, { hint: undefined, error: '' }])('renders nothing for empty messages (%o)', (props) => {
    const { container } = render(<FieldMessages id="f" {...props} />);
    expect(container.innerHTML).toBe('');
  });

  it('renders the hint, then the error, each with the id aria-describedby names', () => {
    const { container } = render(<FieldMessages id="f" hint="Exact host." error="Add a host." />);
    expect(Array.from(container.children, (child) => [child.id, child.className, child.textContent])).toEqual([
      ['f-hint', 'hint', 'Exact host.'],
      ['f-error', 'field-error', 'Add a host.'],
    ]);
    expect(describedBy('f', true, 'Add a host.')).toBe('f-hint f-error');
    expect(describedBy('f', false, '')).toBeUndefined();
  });
});

describe('AlertMessage', () => {
  it('is an empty live region, with no message element to carry a sign, while there is no problem', () => {
    for (const message of [undefined, '']) {
      const { container, unmount } = render(<AlertMessage id="p" message={message} />);
      const region = container.querySelector('[role="alert"]')!;
      expect(region.id).toBe('p');
      expect(region.childNodes).toHaveLength(0);
      expect(container.querySelector('.field-error')).toBeNull();
      unmount();
    }
  });

  it('shows the message inside the same region, and removes it again once fixed', () => {
    const { container, rerender } = render(<AlertMessage id="p" message="Add at least one template." />);
    const region = container.querySelector('[role="alert"]')!;
    expect(region.querySelector('.field-error')?.textContent).toBe('Add at least one template.');
    rerender(<AlertMessage id="p" message="" />);
    expect(container.querySelector('[role="alert"]')).toBe(region);
    expect(region.childNodes).toHaveLength(0);
  });
});
