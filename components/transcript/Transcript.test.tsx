import { act, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { PAGE } from '../hooks/useRenderWindow';
import { completedReport, longConversation, message, transcriptDrawn } from '../test-fixtures';
import { Transcript } from './Transcript';

/** Rendered, and drawn to the end: the messages come a frame after the rest. */
async function drawn(ui: Parameters<typeof render>[0]) {
  const utils = render(ui);
  await transcriptDrawn();
  return utils;
}
const search = () => screen.getByRole('searchbox', { name: 'Search the transcript' }) as HTMLInputElement;
const count = (container: Element) => container.querySelector('.match-count')?.textContent;
const current = (container: Element) => container.querySelector('mark[data-current]');
const type = (text: string) => fireEvent.input(search(), { target: { value: text } });
const conversation = () => [...completedReport().conversation, message({ role: 'user', content: 'I would reverse it in place.' })];

describe('Transcript search', () => {
  it('highlights matches and counts them', async () => {
    const { container } = await drawn(<Transcript reportId="r1" messages={conversation()} />);
    type('REV');
    expect(count(container)).toBe('1 of 3');
    expect([...container.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['Rev', 'rev', 'rev']);
    expect(current(container)?.textContent).toBe('Rev');
  });

  it('steps through matches with the buttons and the keyboard, wrapping around', async () => {
    const { container } = await drawn(<Transcript reportId="r1" messages={conversation()} />);
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

  it('says when nothing matches and disables stepping', async () => {
    const { container } = await drawn(<Transcript reportId="r1" messages={completedReport().conversation} />);
    type('kubernetes');
    expect(count(container)).toBe('No matches');
    expect((screen.getByRole('button', { name: 'Next match (Enter)' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('clears with Escape', async () => {
    const { container } = await drawn(<Transcript reportId="r1" messages={completedReport().conversation} />);
    type('rev');
    fireEvent.keyDown(search(), { key: 'Escape' });
    expect(search().value).toBe('');
    expect(container.querySelectorAll('mark')).toHaveLength(0);
  });

  it('treats the query as text', async () => {
    const { container } = await drawn(<Transcript reportId="r1" messages={[message({ content: 'a <b> and (c)' })]} />);
    type('<b>');
    expect(container.querySelector('mark')?.textContent).toBe('<b>');
    expect(container.querySelectorAll('b')).toHaveLength(0);
  });

  it('reaches a match far beyond what is rendered', async () => {
    const messages = longConversation(5000);
    const { container } = await drawn(<Transcript reportId="r1" messages={messages} />);
    type('Message number 4321 ');
    expect(count(container)).toBe('1 of 1');
    expect(current(container)?.closest('.msg')?.getAttribute('data-index')).toBe('4321');
    expect(container.querySelectorAll('.msg').length).toBeLessThanOrEqual(PAGE);
    expect(screen.getByRole('button', { name: /Show earlier messages/ })).toBeTruthy();
  });
});

describe('Transcript and a report refreshed behind the scenes', () => {
  it('keeps the loaded messages and the active match', async () => {
    const messages = longConversation(200);
    const { container, rerender } = await drawn(<Transcript reportId="r1" messages={messages} />);
    fireEvent.click(screen.getByRole('button', { name: /Show more messages/ }));
    type('number 1');
    fireEvent.click(screen.getByRole('button', { name: 'Next match (Enter)' }));
    const before = count(container);
    const shown = container.querySelectorAll('.msg').length;
    rerender(<Transcript reportId="r1" messages={messages.map((message) => ({ ...message }))} />);
    expect(count(container)).toBe(before);
    expect(container.querySelectorAll('.msg').length).toBe(shown);
  });
});

describe('Transcript drawn a frame after the verdict', () => {
  it('draws the messages in the frame after the first, busy until then', async () => {
    const { container } = render(<Transcript reportId="r1" messages={conversation()} />);
    expect(container.querySelectorAll('.msg')).toHaveLength(0);
    expect(screen.getByTestId('transcript-drawing').getAttribute('aria-busy')).toBe('true');
    await transcriptDrawn();
    expect(container.querySelectorAll('.msg')).toHaveLength(conversation().length);
  });

  it('keeps the messages out of the frame that paints the verdict, even when effects ran before it', async () => {
    // Preact may run effects before the verdict's frame (when an earlier render's frame came first):
    // act() runs them at once here. The frame callbacks that then run are the verdict's frame.
    const frames: FrameRequestCallback[] = [];
    const raf = vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback));
    try {
      const { container } = render(<Transcript reportId="r1" messages={conversation()} />);
      await act(() => frames.splice(0).forEach((callback) => callback(0)));
      expect(container.querySelectorAll('.msg')).toHaveLength(0);
      await transcriptDrawn();
      expect(container.querySelectorAll('.msg')).toHaveLength(conversation().length);
    } finally {
      raf.mockRestore();
    }
  });

  it("never shows the last candidate's messages under the next one, and keeps a refreshed one drawn", async () => {
    const { container, rerender } = await drawn(<Transcript reportId="r1" messages={conversation()} />);
    rerender(<Transcript reportId="r1" messages={conversation().map((message) => ({ ...message }))} />);
    expect(container.querySelectorAll('.msg')).toHaveLength(conversation().length);
    rerender(<Transcript reportId="r2" messages={[message({ content: 'Next candidate' })]} />);
    expect(container.querySelectorAll('.msg')).toHaveLength(0);
    await transcriptDrawn();
    expect([...container.querySelectorAll('.msg-text')].map((text) => text.textContent)).toEqual(['Next candidate']);
  });
});

describe('Transcript keyboard', () => {
  it('focuses the search with "/" unless typing elsewhere', async () => {
    await drawn(
      <>
        <input aria-label="elsewhere" />
        <Transcript reportId="r1" messages={conversation()} />
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
  it('shows one speaker and searches only their messages', async () => {
    const { container } = await drawn(<Transcript reportId="r1" messages={conversation()} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Show' }), { target: { value: 'user' } });
    expect([...container.querySelectorAll('.who')].map((who) => who.textContent)).toEqual(['Candidate', 'Candidate', 'Candidate']);
    type('rev');
    expect(count(container)).toBe('1 of 2');
  });

  it('offers every role present, unknown ones as-is', async () => {
    await drawn(<Transcript reportId="r1" messages={completedReport().conversation} />);
    const options = [...(screen.getByRole('combobox', { name: 'Show' }) as HTMLSelectElement).options].map((option) => option.textContent);
    expect(options).toEqual(['Everyone', 'Interviewer', 'Candidate', 'system']);
  });
});

describe('Transcript rendering', () => {
  it('says when there is no transcript', async () => {
    await drawn(<Transcript reportId="r1" messages={[]} />);
    expect(screen.getByText('No transcript in this report.')).toBeTruthy();
    expect(screen.queryByRole('searchbox')).toBeNull();
  });

  it('loads more with the sentinel button (the fallback without IntersectionObserver)', async () => {
    const { container } = await drawn(<Transcript reportId="r1" messages={longConversation(150)} />);
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

  it('loads more by itself when the sentinel scrolls into view', async () => {
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
      const { container } = await drawn(<Transcript reportId="r1" messages={longConversation(150)} />);
      expect(container.querySelectorAll('.msg')).toHaveLength(PAGE);
      await waitFor(() => expect(observers).not.toHaveLength(0));
      observers.at(-1)?.([{ isIntersecting: true }]);
      return Promise.resolve().then(() => {
        expect(container.querySelectorAll('.msg').length).toBe(2 * PAGE);
      });
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
