import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { PAGE } from '../hooks/useRenderWindow';
import { completedReport, longConversation, message } from '../test-fixtures';
import { Transcript } from './Transcript';

const search = () => screen.getByRole('searchbox', { name: 'Search the transcript' }) as HTMLInputElement;
const count = (container: Element) => container.querySelector('.match-count')?.textContent;
const current = (container: Element) => container.querySelector('mark[data-current]');
const type = (text: string) => fireEvent.input(search(), { target: { value: text } });
const conversation = () => [
  ...completedReport().conversation,
  message({ role: 'user', content: 'I would reverse it in place.' }),
];

describe('Transcript search', () => {
  it('highlights matches and counts them', () => {
    const { container } = render(<Transcript messages={conversation()} />);
    type('REV');
    expect(count(container)).toBe('1 of 3');
    expect([...container.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['Rev', 'rev', 'rev']);
    expect(current(container)?.textContent).toBe('Rev');
  });

  it('steps through matches with the buttons and the keyboard, wrapping around', () => {
    const { container } = render(<Transcript messages={conversation()} />);
    type('rev');
    const marks = () => [...container.querySelectorAll('mark')];
    fireEvent.click(screen.getByRole('button', { name: 'Next match (Enter)' }));
    expect(count(container)).toBe('2 of 3');
    expect(marks().indexOf(current(container) as HTMLElement)).toBe(1);
    fireEvent.keyDown(search(), { key: 'Enter' });
    expect(count(container)).toBe('3 of 3');
    fireEvent.keyDown(search(), { key: 'Enter' });
    expect(count(container)).toBe('1 of 3');
    fireEvent.keyDown(search(), { key: 'Enter', shiftKey: true });
    expect(count(container)).toBe('3 of 3');
    fireEvent.click(screen.getByRole('button', { name: 'Previous match (Shift+Enter)' }));
    expect(count(container)).toBe('2 of 3');
  });

  it('says when nothing matches and disables stepping', () => {
    const { container } = render(<Transcript messages={completedReport().conversation} />);
    type('kubernetes');
    expect(count(container)).toBe('No matches');
    expect((screen.getByRole('button', { name: 'Next match (Enter)' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('clears with Escape', () => {
    const { container } = render(<Transcript messages={completedReport().conversation} />);
    type('rev');
    fireEvent.keyDown(search(), { key: 'Escape' });
    expect(search().value).toBe('');
    expect(container.querySelectorAll('mark')).toHaveLength(0);
  });

  it('treats the query as text', () => {
    const { container } = render(<Transcript messages={[message({ content: 'a <b> and (c)' })]} />);
    type('<b>');
    expect(container.querySelector('mark')?.textContent).toBe('<b>');
    expect(container.querySelectorAll('b')).toHaveLength(0);
  });

  it('reaches a match far beyond what is rendered', () => {
    const messages = longConversation(5000);
    const { container } = render(<Transcript messages={messages} />);
    type('Message number 4321 ');
    expect(count(container)).toBe('1 of 1');
    expect(current(container)?.closest('.msg')?.getAttribute('data-index')).toBe('4321');
    expect(container.querySelectorAll('.msg').length).toBeLessThanOrEqual(PAGE);
    expect(screen.getByRole('button', { name: /Show earlier messages/ })).toBeTruthy();
  });
});

describe('Transcript and a report refreshed behind the scenes', () => {
  it('keeps the loaded messages and the active match', () => {
    const messages = longConversation(200);
    const { container, rerender } = render(<Transcript messages={messages} />);
    fireEvent.click(screen.getByRole('button', { name: /Show more messages/ }));
    type('number 1');
    fireEvent.click(screen.getByRole('button', { name: 'Next match (Enter)' }));
    const before = count(container);
    const shown = container.querySelectorAll('.msg').length;
    rerender(<Transcript messages={messages.map((message) => ({ ...message }))} />);
    expect(count(container)).toBe(before);
    expect(container.querySelectorAll('.msg').length).toBe(shown);
  });
});

describe('Transcript keyboard', () => {
  it('focuses the search with "/" unless typing elsewhere', () => {
    render(
      <>
        <input aria-label="elsewhere" />
        <Transcript messages={conversation()} />
      </>,
    );
    fireEvent.keyDown(document.body, { key: '/' });
    expect(document.activeElement).toBe(search());
    const other = screen.getByRole('textbox', { name: 'elsewhere' });
    other.focus();
    fireEvent.keyDown(other, { key: '/' });
    expect(document.activeElement).toBe(other);
  });
});

describe('Transcript speaker filter', () => {
  it('shows one speaker and searches only their messages', () => {
    const { container } = render(<Transcript messages={conversation()} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Show' }), { target: { value: 'user' } });
    expect([...container.querySelectorAll('.who')].map((who) => who.textContent)).toEqual(['Candidate', 'Candidate', 'Candidate']);
    type('rev');
    expect(count(container)).toBe('1 of 2');
  });

  it('offers every role present, unknown ones as-is', () => {
    render(<Transcript messages={completedReport().conversation} />);
    const options = [...(screen.getByRole('combobox', { name: 'Show' }) as HTMLSelectElement).options].map((option) => option.textContent);
    expect(options).toEqual(['Everyone', 'Interviewer', 'Candidate', 'system']);
  });
});

describe('Transcript rendering', () => {
  it('says when there is no transcript', () => {
    render(<Transcript messages={[]} />);
    expect(screen.getByText('No transcript in this report.')).toBeTruthy();
    expect(screen.queryByRole('searchbox')).toBeNull();
  });

  it('loads more with the sentinel button (the fallback without IntersectionObserver)', () => {
    const { container } = render(<Transcript messages={longConversation(150)} />);
    expect(container.querySelectorAll('.msg')).toHaveLength(PAGE);
    const more = screen.getByRole('button', { name: `Show more messages (${150 - PAGE} more)` });
    more.focus();
    fireEvent.click(more);
    expect(container.querySelectorAll('.msg')).toHaveLength(2 * PAGE);
    // Still the same button, still focused: a keyboard user keeps their place.
    expect(document.activeElement).toBe(more);
    expect(more.textContent).toBe(`Show more messages (${150 - 2 * PAGE} more)`);
    fireEvent.click(more);
    expect(container.querySelectorAll('.msg')).toHaveLength(150);
    expect(screen.queryByRole('button', { name: /Show more messages/ })).toBeNull();
  });

  it('loads more by itself when the sentinel scrolls into view', () => {
    const observers: Array<(entries: Array<{ isIntersecting: boolean }>) => void> = [];
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(callback: (entries: Array<{ isIntersecting: boolean }>) => void) {
          observers.push(callback);
        }
        observe() {}
        disconnect() {}
      },
    );
    try {
      const { container } = render(<Transcript messages={longConversation(150)} />);
      expect(container.querySelectorAll('.msg')).toHaveLength(PAGE);
      observers.at(-1)?.([{ isIntersecting: true }]);
      return Promise.resolve().then(() => {
        expect(container.querySelectorAll('.msg').length).toBe(2 * PAGE);
      });
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
