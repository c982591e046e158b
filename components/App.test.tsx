import { act, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { reportItem, tabStateItem } from '../utils/storage';
import type { TabState } from '../utils/tab-state';
import { App } from './App';
import { writeCache } from '../utils/background/cache';
import { completedReport, entry, longConversation, LOOKUP, pendingReport, tabState } from './test-fixtures';

const WINDOW = 3;
const KEY_A = 'https://app.xobin.com/api/v2|custom_field_id=A';
const KEY_B = 'https://app.xobin.com/api/v2|custom_field_id=B';

const activate = (info: { tabId: number; windowId: number }) =>
  act(async () => {
    await fakeBrowser.tabs.onActivated.trigger(info);
  });
const stateOf = () => document.querySelector('main')?.dataset.state;
const errorKindOf = () => document.querySelector('main')?.dataset.errorKind;

function reportState(tabId: number, cacheKey: string, navId = `nav-${tabId}`): TabState {
  return tabState({ tabId, navId, result: { kind: 'report', cacheKey, lookup: LOOKUP } });
}

let sent: unknown[];
beforeEach(async () => {
  fakeBrowser.reset();
  history.replaceState(null, '', '/sidepanel.html');
  sent = [];
  vi.spyOn(browser.windows, 'getCurrent').mockResolvedValue({ id: WINDOW } as never);
  vi.spyOn(browser.tabs, 'query').mockResolvedValue([{ id: 7, windowId: WINDOW, active: true }] as never);
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    sent.push(message);
    return undefined;
  });
  await reportItem(KEY_A).setValue(entry(completedReport({ candidate_name: 'Ada Example' })));
  await reportItem(KEY_B).setValue(entry(completedReport({ candidate_name: 'Grace Sample' })));
});

describe('App', () => {
  it('shows the report of the active tab in its window', async () => {
    await tabStateItem(7).setValue(reportState(7, KEY_A));
    render(<App />);
    expect(stateOf()).toBe('loading');
    await screen.findByRole('heading', { level: 1, name: 'Ada Example' });
    expect(stateOf()).toBe('report');
    expect(browser.tabs.query).toHaveBeenCalledWith({ active: true, currentWindow: true });
  });

  it('is empty when the tab has no state or no candidate', async () => {
    render(<App />);
    await waitFor(() => expect(stateOf()).toBe('empty'));
    await act(() => tabStateItem(7).setValue(tabState({ phase: 'no-candidate', result: undefined })));
    expect(stateOf()).toBe('empty');
  });

  it('follows the tab state as the background writes it', async () => {
    await tabStateItem(7).setValue(reportState(7, KEY_A));
    render(<App />);
    await screen.findByText('Ada Example');

    // The recruiter opens another candidate in the same tab: never the old report while it loads.
    await act(() => tabStateItem(7).setValue(tabState({ tabId: 7, navId: 'nav-next', phase: 'loading', result: undefined })));
    expect(stateOf()).toBe('loading');
    expect(screen.queryByText('Ada Example')).toBeNull();

    await act(() => tabStateItem(7).setValue(reportState(7, KEY_B, 'nav-next')));
    await screen.findByText('Grace Sample');
    expect(stateOf()).toBe('report');

    await act(() => tabStateItem(7).setValue({ ...reportState(7, KEY_B, 'nav-next'), refreshing: true }));
    expect(screen.getByText('Updating…')).toBeTruthy();

    await act(() => tabStateItem(7).setValue(tabState({ tabId: 7, result: { kind: 'error', error: { kind: 'unauthorized', status: 401 }, tried: [LOOKUP] } })));
    expect(stateOf()).toBe('error');
    expect(errorKindOf()).toBe('unauthorized');
  });

  it('re-renders when the cached report itself changes', async () => {
    await tabStateItem(7).setValue(reportState(7, KEY_A));
    render(<App />);
    await screen.findByText('Ada Example');
    await act(() => reportItem(KEY_A).setValue(entry(completedReport({ candidate_name: 'Ada Example', score: 91 }))));
    expect(screen.getByText('91')).toBeTruthy();
  });

  it('follows tab switches in its own window only', async () => {
    await tabStateItem(7).setValue(reportState(7, KEY_A));
    await tabStateItem(8).setValue(tabState({ tabId: 8, navId: 'nav-8', result: { kind: 'report', cacheKey: 'pending', lookup: LOOKUP } }));
    await reportItem('pending').setValue(entry(pendingReport({ candidate_name: 'Pat Pending' })));
    render(<App />);
    await screen.findByText('Ada Example');

    await activate({ tabId: 8, windowId: WINDOW + 1 });
    expect(screen.getByText('Ada Example')).toBeTruthy();

    await activate({ tabId: 8, windowId: WINDOW });
    await screen.findByText('Pat Pending');
    expect(stateOf()).toBe('pending');
    expect(screen.queryByText('Ada Example')).toBeNull();

    await activate({ tabId: 9, windowId: WINDOW });
    await waitFor(() => expect(stateOf()).toBe('empty'));
  });

  it('stays on the tab named in ?tabId=', async () => {
    history.replaceState(null, '', '/sidepanel.html?tabId=8');
    await tabStateItem(7).setValue(reportState(7, KEY_A));
    await tabStateItem(8).setValue(reportState(8, KEY_B));
    render(<App />);
    await screen.findByText('Grace Sample');
    await activate({ tabId: 7, windowId: WINDOW });
    expect(screen.getByText('Grace Sample')).toBeTruthy();
    expect(browser.tabs.query).not.toHaveBeenCalled();
  });

  it('asks the background to refresh this tab', async () => {
    await tabStateItem(7).setValue(reportState(7, KEY_A));
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Refresh' }));
    expect(sent).toEqual([{ type: 'tab:refresh', tabId: 7 }]);
  });

  it('looks up an id by hand for this tab when nothing was found', async () => {
    await tabStateItem(7).setValue(tabState({ result: { kind: 'error', error: { kind: 'not-found' }, tried: [LOOKUP] } }));
    render(<App />);
    const input = await screen.findByRole('textbox', { name: 'Xobin report link or candidate id' });
    fireEvent.input(input, { target: { value: 'CAND-2025-001' } });
    fireEvent.click(screen.getByRole('button', { name: 'Look up' }));
    expect(sent).toEqual([{ type: 'lookup:manual', tabId: 7, query: 'CAND-2025-001' }]);
  });

  it('opens settings for a missing key', async () => {
    const open = vi.spyOn(browser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    await tabStateItem(7).setValue(tabState({ result: { kind: 'error', error: { kind: 'no-key' }, tried: [] } }));
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Open settings' }));
    expect(open).toHaveBeenCalledOnce();
    expect(errorKindOf()).toBe('no-key');
  });

  it('asks once for a report that was evicted from the cache', async () => {
    await tabStateItem(7).setValue(reportState(7, 'evicted'));
    render(<App />);
    await waitFor(() => expect(sent).toEqual([{ type: 'tab:refresh', tabId: 7 }]));
    expect(stateOf()).toBe('loading');
    await act(() => tabStateItem(7).setValue({ ...reportState(7, 'evicted'), updatedAt: 2 }));
    expect(sent).toHaveLength(1);
  });

  it('renders a report written just before the tab points at it without reading it again', async () => {
    await tabStateItem(7).setValue(tabState({ tabId: 7, phase: 'loading', result: undefined }));
    render(<App />);
    // Let the panel find its tab and start watching it (effects run after the next frame).
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(stateOf()).toBe('loading');
    const KEY_C = 'https://app.xobin.com/api/v2|custom_field_id=C';
    await act(() => reportItem(KEY_C).setValue(entry(completedReport({ candidate_name: 'Casey Fresh' }))));
    const get = vi.spyOn(browser.storage.session, 'get');
    await act(() => tabStateItem(7).setValue(reportState(7, KEY_C)));
    expect(screen.getByText('Casey Fresh')).toBeTruthy();
    expect(get.mock.calls.flat().join()).not.toContain('custom_field_id=C');
  });

  it('renders a long report from its small first part, then the whole transcript, read after that first frame', async () => {
    const KEY_LONG = 'https://app.xobin.com/api/v2|custom_field_id=LONG';
    await writeCache(KEY_LONG, completedReport({ candidate_name: 'Lena Longtalk', conversation: longConversation(5_000) }));
    const get = vi.spyOn(browser.storage.session, 'get');
    await tabStateItem(7).setValue(reportState(7, KEY_LONG));
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: 'Lena Longtalk' });
    // The first render: header, scores and the first screen of messages, the count of all of them.
    const readsSoFar = get.mock.calls.flat().map(String);
    expect(readsSoFar.some((key) => key.startsWith('conv:'))).toBe(false);
    expect(screen.getByTestId('transcript-loading').textContent).toMatch(/60/);
    await waitFor(() => expect(document.querySelectorAll('li.msg').length).toBeGreaterThan(0));
    expect(screen.getByRole('heading', { level: 2, name: /Transcript.*5,000/ })).toBeTruthy();
    // Then the rest: search and the speaker filter over all 5,000.
    await waitFor(() => expect(screen.queryByTestId('transcript-loading')).toBeNull());
    expect(get.mock.calls.flat().map(String)).toContain(`conv:${KEY_LONG}`);
    expect(screen.getByRole('searchbox')).toBeTruthy();
  });

  it('shows a report read moments ago at once when the recruiter switches back to its tab', async () => {
    await tabStateItem(7).setValue(reportState(7, KEY_A));
    await tabStateItem(8).setValue(reportState(8, KEY_B));
    render(<App />);
    await screen.findByText('Ada Example');
    await activate({ tabId: 8, windowId: WINDOW });
    await screen.findByText('Grace Sample');
    // Refreshed behind the scenes while another tab was shown: the kept copy follows.
    await act(() => reportItem(KEY_A).setValue(entry(completedReport({ candidate_name: 'Ada Example', score: 91 }))));
    const get = vi.spyOn(browser.storage.session, 'get');
    await activate({ tabId: 7, windowId: WINDOW });
    await screen.findByText('Ada Example');
    expect(screen.getByText('91')).toBeTruthy();
    expect(get.mock.calls.flat().join()).not.toContain('custom_field_id=A');
  });

  it('opens a report in a tab of its own, by response id', async () => {
    const create = vi.spyOn(browser.tabs, 'create').mockResolvedValue({} as never);
    await tabStateItem(7).setValue(reportState(7, KEY_A));
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Open in tab' }));
    expect(create).toHaveBeenCalledWith({ url: 'chrome-extension://test-extension-id/sidepanel.html?responseId=98765' });
  });
});

describe('App opened on one report (?responseId=)', () => {
  const answer = (reply: unknown) =>
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      sent.push(message);
      return reply;
    });

  it('asks the worker for the report and shows it full width', async () => {
    history.replaceState(null, '', '/sidepanel.html?responseId=98765');
    answer({ ok: true, report: completedReport({ candidate_name: 'Ada Wide' }) });
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: 'Ada Wide' });
    expect(sent).toEqual([{ type: 'report:get', responseId: '98765', force: false }]);
    expect(document.querySelector('main')?.classList.contains('panel-wide')).toBe(true);
    expect(screen.getByText('Found by response_id 98765, from the link you opened')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Open in tab' })).toBeNull();
    expect(browser.tabs.query).not.toHaveBeenCalled();
  });

  it('shows the worker’s error, and tries again on request', async () => {
    history.replaceState(null, '', '/sidepanel.html?responseId=98765');
    answer({ ok: false, error: { kind: 'not-found' } });
    render(<App />);
    await waitFor(() => expect(errorKindOf()).toBe('not-found'));
    answer({ ok: true, report: pendingReport({ candidate_name: 'Pat Pending' }) });
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByText('Pat Pending');
    expect(stateOf()).toBe('pending');
  });

  it('goes past the cache on Refresh, so expired signed links are replaced', async () => {
    history.replaceState(null, '', '/sidepanel.html?responseId=98765');
    answer({ ok: true, report: completedReport({ candidate_name: 'Ada Wide' }) });
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: 'Ada Wide' });
    fireEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent).toEqual([
      { type: 'report:get', responseId: '98765', force: false },
      { type: 'report:get', responseId: '98765', force: true },
    ]);
  });

  it('fetches the report again by itself shortly before its signed links expire', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      history.replaceState(null, '', '/sidepanel.html?responseId=98765');
      const expires = Math.floor(Date.now() / 1000) + 10 * 60; // ten minutes
      answer({ ok: true, report: completedReport({ candidate_name: 'Ada Wide', pdf_link: `https://s3.example/r.pdf?Expires=${expires}` }) });
      render(<App />);
      await screen.findByRole('heading', { level: 1, name: 'Ada Wide' });
      expect(sent).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(7 * 60_000);
      expect(sent).toHaveLength(1); // not yet: the links are good for three more minutes
      await vi.advanceTimersByTimeAsync(60_000 + 1_000);
      expect(sent.at(-1)).toEqual({ type: 'report:get', responseId: '98765', force: true });
    } finally {
      vi.useRealTimers();
    }
  });

  it('ignores a response id that is not a number', async () => {
    history.replaceState(null, '', '/sidepanel.html?responseId=abc');
    render(<App />);
    await waitFor(() => expect(stateOf()).toBe('empty'));
  });
});
