import { act, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { ShareLink } from './ShareLink';

const signed = 'https://app.xobin.com/ai-interviews/shared/979554?expires=1&signature=ab';

describe('ShareLink', () => {
  it('asks for the chosen hours once, shows the signed link and its expiry, and copies it', async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const expiresAt = Date.now() + 8 * 3_600_000;
    const onShare = vi.fn(async () => ({ ok: true as const, value: { url: signed, expiresAt } }));
    render(<ShareLink onShare={onShare} />);
    fireEvent.change(screen.getByLabelText('Share for'), { target: { value: '8' } });
    const button = screen.getByRole('button', { name: 'Share link' });
    fireEvent.click(button);
    fireEvent.click(button);
    const link = await screen.findByRole('link');
    expect(onShare).toHaveBeenCalledTimes(1);
    expect(onShare).toHaveBeenCalledWith(8);
    expect(link.getAttribute('href')).toBe(signed);
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(screen.getByRole('status').textContent).toContain('until');
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(signed));
  });

  it('forgets the link when it expires', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      const onShare = vi.fn(async () => ({ ok: true as const, value: { url: signed, expiresAt: Date.now() + 3_600_000 } }));
      render(<ShareLink onShare={onShare} />);
      await act(async () => {
        fireEvent.click(screen.getByRole('button', { name: 'Share link' }));
      });
      expect(screen.queryByRole('link')).not.toBeNull();
      await act(async () => {
        vi.advanceTimersByTime(3_600_000 + 1);
      });
      expect(screen.queryByRole('link')).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('never shows a link that is not http(s), and says what went wrong', async () => {
    const onShare = vi
      .fn()
      .mockResolvedValueOnce({ ok: true, value: { url: 'javascript:alert(1)', expiresAt: Date.now() + 1000 } })
      .mockResolvedValueOnce({ ok: false, error: { kind: 'not-found', status: 404, detail: 'Report not found' } });
    render(<ShareLink onShare={onShare} />);
    fireEvent.click(screen.getByRole('button', { name: 'Share link' }));
    expect((await screen.findByRole('alert')).textContent).toBe('No share link: Xobin’s answer held no usable link.');
    expect(screen.queryByRole('link')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Share link' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Report not found'));
  });
});
