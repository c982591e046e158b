import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { DEFAULT_BASE_URL } from '../../utils/api/constants';
import type { PageMessage } from '../../utils/messages';
import { OptionsApp } from './OptionsApp';
import { YourData } from './YourData';

/** Stands in for the background and records which messages the section sent. */
function stubBackground(answers: Partial<Record<PageMessage['type'], unknown>>) {
  const spy = vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((async (message: PageMessage) => {
    const answer = answers[message.type];
    if (answer instanceof Error) throw answer;
    if (answer === undefined) throw new Error(`unexpected message ${message.type}`);
    return answer;
  }) as unknown as typeof browser.runtime.sendMessage);
  return () => spy.mock.calls.map(([message]) => (message as unknown as PageMessage).type);
}

const section = () => screen.getByRole('region', { name: 'Your data' });
const status = () => within(section()).getByRole('status');
const button = (name: string) => within(section()).getByRole('button', { name });

describe('Your data', () => {
  it('clears report data and says how much it removed', async () => {
    const sent = stubBackground({ 'privacy:clear-data': { reports: 3, recent: 5, tabs: 2 } });
    render(<YourData />);
    fireEvent.click(button('Clear all report data'));
    await waitFor(() =>
      expect(status().textContent).toBe(
        'Report data cleared. Cached reports removed: 3. Recent candidates removed: 5. Open tabs cleared: 2. Reload a candidate page to see its report again.',
      ),
    );
    expect(status().className).toContain('ok');
    expect(sent()).toEqual(['privacy:clear-data']);
  });

  it('asks before removing the key, and Keep the key removes nothing', async () => {
    const sent = stubBackground({ 'privacy:remove-key': { removed: true, reports: 4 } });
    render(<YourData />);
    fireEvent.click(button('Remove API key'));
    const question = within(section()).getByRole('group', { name: /Remove the saved API key\?/ });
    expect(document.activeElement?.textContent).toBe('Yes, remove the key');
    fireEvent.click(within(question).getByRole('button', { name: 'Keep the key' }));
    expect(document.activeElement?.textContent).toBe('Remove API key');
    expect(sent()).toEqual([]);
    expect(status().textContent).toBe('');
  });

  it('removes the key after the second click and confirms it', async () => {
    const sent = stubBackground({ 'privacy:remove-key': { removed: true, reports: 4 } });
    const onKeyRemoved = vi.fn();
    render(<YourData onKeyRemoved={onKeyRemoved} />);
    fireEvent.click(button('Remove API key'));
    fireEvent.click(button('Yes, remove the key'));
    await waitFor(() =>
      expect(status().textContent).toBe('API key removed. Cached reports removed with it: 4. Paste a key under Connect to Xobin to see reports again.'),
    );
    expect(sent()).toEqual(['privacy:remove-key']);
    expect(onKeyRemoved).toHaveBeenCalledTimes(1);
    expect(within(section()).queryByRole('group')).toBeNull();
  });

  it('says so when there was no key to remove', async () => {
    stubBackground({ 'privacy:remove-key': { removed: false, reports: 0 } });
    render(<YourData />);
    fireEvent.click(button('Remove API key'));
    fireEvent.click(button('Yes, remove the key'));
    await waitFor(() => expect(status().textContent).toBe('No API key was saved, so there was nothing to remove.'));
  });

  it('tells the recruiter what to do when the extension does not answer', async () => {
    stubBackground({ 'privacy:clear-data': new Error('Could not establish connection') });
    render(<YourData />);
    fireEvent.click(button('Clear all report data'));
    await waitFor(() => expect(status().textContent).toBe('The extension did not answer. Reload this page and try again.'));
    expect(status().className).toContain('error');
  });

  it('on the settings page, stops saying a key is saved once it is removed', async () => {
    stubBackground({ 'settings:get': { hasKey: true, baseUrl: DEFAULT_BASE_URL }, 'privacy:remove-key': { removed: true, reports: 0 } });
    render(<OptionsApp />);
    await screen.findByText('A key is saved. Paste a new one to replace it.');
    fireEvent.click(button('Remove API key'));
    fireEvent.click(button('Yes, remove the key'));
    await screen.findByText('Paste the key Xobin gave your account.');
    expect(screen.queryByText('A key is saved. Paste a new one to replace it.')).toBeNull();
  });
});
