import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { Announcer } from '../Announcer';
import { message } from '../test-fixtures';
import { MessageItem, type MessageItemProps } from './MessageItem';

const long = Array.from({ length: 40 }, (_, i) => `line ${i}`).join('\n');

function renderItem(props: Partial<MessageItemProps> = {}) {
  return render(
    <Announcer>
      <ol>
        <MessageItem message={message()} index={0} start={undefined} matchLength={0} {...props} />
      </ol>
    </Announcer>,
  );
}

describe('MessageItem', () => {
  it('collapses long messages and expands them on request', () => {
    const { container } = renderItem({ message: message({ content: long }) });
    const toggle = screen.getByRole('button', { name: 'Show more' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.getAttribute('aria-controls')).toBe('msg-0');
    expect(container.querySelector('.msg-text')?.textContent).not.toContain('line 39');
    fireEvent.click(toggle);
    expect(container.querySelector('.msg-text')?.textContent).toContain('line 39');
    expect(screen.getByRole('button', { name: 'Show less' }).getAttribute('aria-expanded')).toBe('true');
  });

  it('shows a long message whole while it has search matches', () => {
    const { container } = renderItem({ message: message({ content: long }), matches: [long.indexOf('line 39')], matchLength: 7 });
    expect(container.querySelector('mark')?.textContent).toBe('line 39');
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
  });

  it('copies code', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const code = 'for i in range(3):\n\tprint(i)';
    renderItem({ message: message({ mode: 'code', content: code }) });
    fireEvent.click(screen.getByRole('button', { name: 'Copy code' }));
    await vi.waitFor(() => expect(screen.getByRole('button', { name: 'Copied' })).toBeTruthy());
    expect(writeText).toHaveBeenCalledWith(code);
  });

  it('shows the time since the interview began, with the clock time in GMT as a hint', () => {
    const { container } = renderItem({ message: message({ timestamp: Date.UTC(2025, 6, 5, 4, 1, 5) }), start: Date.UTC(2025, 6, 5, 4, 0, 0) });
    const time = container.querySelector('time');
    expect(time?.textContent).toBe('1:05');
    expect(time?.getAttribute('title')).toBe('Time since the interview began. Sent Jul 05, 2025, 04:01:05 GMT');
  });

  it('shows no time for a message without one', () => {
    const { container } = renderItem({ message: message({ timestamp: undefined }) });
    expect(container.querySelector('time')).toBeNull();
  });
});
