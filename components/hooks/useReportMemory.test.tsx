import { act, render, screen } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { reportItem, tabStateItem } from '../../utils/storage';
import { App } from '../App';
import { completedReport, entry, LOOKUP, tabState } from '../test-fixtures';

const KEY = 'https://app.xobin.com/api/v2|custom_field_id=A';

beforeEach(() => {
  fakeBrowser.reset();
  history.replaceState(null, '', '/sidepanel.html');
  vi.spyOn(browser.windows, 'getCurrent').mockResolvedValue({ id: 3 } as never);
  vi.spyOn(browser.tabs, 'query').mockResolvedValue([{ id: 7, windowId: 3, active: true }] as never);
  vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue(undefined);
});

/** The parses of stored reports (their JSON strings), and the reads of them, from here on. */
function count() {
  const parse = vi.spyOn(JSON, 'parse');
  const get = vi.spyOn(fakeBrowser.storage.session, 'get');
  return {
    parses: () => parse.mock.calls.filter(([text]) => typeof text === 'string' && text.includes('"fetchedAt"')).length,
    reads: () => get.mock.calls.filter(([keys]) => JSON.stringify(keys).includes(`report:${KEY}`)).length,
  };
}

describe("the panel's reports in memory", () => {
  it('shows a report the worker wrote before pointing the tab at it with no read of it, parsed once', async () => {
    await tabStateItem(7).setValue(tabState({ phase: 'loading', result: undefined }));
    render(<App />);
    const counted = count();
    await act(() => reportItem(KEY).setValue(entry(completedReport({ candidate_name: 'Ada Example' }))));
    await act(() => tabStateItem(7).setValue(tabState({ result: { kind: 'report', cacheKey: KEY, lookup: LOOKUP } })));
    await screen.findByRole('heading', { level: 1, name: 'Ada Example' });
    expect(counted.reads()).toBe(0);
    expect(counted.parses()).toBe(1);
  });

  it('parses a change of the report on screen once', async () => {
    await reportItem(KEY).setValue(entry(completedReport({ candidate_name: 'Ada Example' })));
    await tabStateItem(7).setValue(tabState({ result: { kind: 'report', cacheKey: KEY, lookup: LOOKUP } }));
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: 'Ada Example' });
    const counted = count();
    await act(() => reportItem(KEY).setValue(entry(completedReport({ candidate_name: 'Ada Example', score: 91 }))));
    await screen.findByText('91');
    expect(counted.parses()).toBe(1);
    expect(counted.reads()).toBe(0);
  });
});
