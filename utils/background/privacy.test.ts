import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { completedBody } from '../api/sample-reports';
import { baseUrlItem, compareItem, lastDetectionItem, recentItem, REPORT_KEY_PREFIX, sessionKeys, tabStateItem, templatesItem } from '../storage';
import { startBackground } from './index';
import { apiKeyItem } from './secret';
import { stubUnimplementedListeners } from './fake-worker';

// "Your data" on the settings page, through the real worker and message checks: what is removed,
// what is kept, and that only the extension's own pages can ask.

const GH = 'https://app.greenhouse.io/people/4012345002?application_id=';
const contentSender = (tabId: number, url: string): Browser.runtime.MessageSender => ({
  id: fakeBrowser.runtime.id,
  url,
  tab: { id: tabId } as Browser.tabs.Tab,
  frameId: 0,
});
const settingsPage = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') });

async function detect(tabId: number, applicationId: string) {
  const url = GH + applicationId;
  const detection = { ats: 'greenhouse', ids: [{ key: 'applicationId', value: applicationId }], responseIds: [] };
  await fakeBrowser.runtime.onMessage.trigger({ type: 'page:detected', url, detection }, contentSender(tabId, url));
}
const ask = async (message: unknown, sender: Browser.runtime.MessageSender = settingsPage()) =>
  (await fakeBrowser.runtime.onMessage.trigger(message, sender)).find(Boolean);

beforeEach(async () => {
  // The last test's worker may still be reacting to its key removal (clearing the cache): let it finish first.
  await new Promise((resolve) => setTimeout(resolve, 100));
  fakeBrowser.reset();
  stubUnimplementedListeners();
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true); // the recruiter allowed eu.xobin.example
  // Two different candidates: each has its own report, both end up in the recent list.
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      const id = new URL(url).searchParams.get('custom_field_id') ?? '';
      return Response.json({ ...completedBody(), response_id: Number(id.slice(-3)), candidate_name: `Candidate ${id}`, custom_field_id: id });
    }),
  );
  await apiKeyItem.setValue('test-key');
  await templatesItem.setValue({ greenhouse: ['{applicationId}'] });
  await baseUrlItem.setValue('https://eu.xobin.example/api/v2');
  startBackground();
  await detect(3, '5123456002');
  await detect(4, '5123456003');
  await lastDetectionItem.setValue({ ats: 'greenhouse', url: GH + '5123456003', ids: [], responseIds: [] });
  await vi.waitFor(async () => expect(await recentItem.getValue()).toHaveLength(2));
});
afterEach(() => vi.unstubAllGlobals());

describe('Clear all report data', () => {
  it('removes cached reports, recent candidates and tab states, and says how many', async () => {
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('82');
    await compareItem.setValue(['979554', '979560']);
    expect(await ask({ type: 'privacy:clear-data' })).toEqual({ reports: 2, recent: 2, tabs: 2 });
    expect(await compareItem.getValue()).toEqual([]);
    expect(await sessionKeys(REPORT_KEY_PREFIX)).toEqual([]);
    expect(await recentItem.getValue()).toEqual([]);
    expect(await tabStateItem(3).getValue()).toBeNull();
    expect(await tabStateItem(4).getValue()).toBeNull();
    expect(await lastDetectionItem.getValue()).toBeNull();
    // What is left is bookkeeping, not report data: the empty cache index, the organisation's policy
    // view and the lookup budget (clearing data must not refill what protects the key from pages).
    const { policyView: _policy, lookupBudget: _budget, ...left } = await fakeBrowser.storage.session.get(null);
    expect(left).toEqual({ reportIndex: {} });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('');
    // Settings and the key are not report data.
    expect(await apiKeyItem.getValue()).toBe('test-key');
    expect(await templatesItem.getValue()).toEqual({ greenhouse: ['{applicationId}'] });
    expect(await ask({ type: 'privacy:clear-data' })).toEqual({ reports: 0, recent: 0, tabs: 0 });
  });
});

describe('Remove API key', () => {
  it('deletes the key and the reports fetched with it, and says so', async () => {
    expect(await ask({ type: 'privacy:remove-key' })).toEqual({ removed: true, reports: 2 });
    expect(await fakeBrowser.storage.local.get('apiKey')).toEqual({});
    expect(await sessionKeys(REPORT_KEY_PREFIX)).toEqual([]);
    expect(await baseUrlItem.getValue()).toBe('https://eu.xobin.example/api/v2');
    // The open candidates now say a key is missing instead of showing the old reports.
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('KEY')); // "Connect to Xobin"
    expect(await tabStateItem(3).getValue()).toMatchObject({ result: { kind: 'error', error: { kind: 'no-key' } } });
    expect(await ask({ type: 'privacy:remove-key' })).toEqual({ removed: false, reports: 0 });
  });
});

describe('who may ask', () => {
  it.each([
    ['the content script on an ATS page', contentSender(3, GH + '5123456002')],
    ['another extension', { ...settingsPage(), id: 'another-extension' }],
    ['a web page', contentSender(5, 'https://evil.example/')],
  ])('ignores %s', async (_who, sender) => {
    expect(await ask({ type: 'privacy:clear-data' }, sender)).toBeUndefined();
    expect(await ask({ type: 'privacy:remove-key' }, sender)).toBeUndefined();
    expect(await apiKeyItem.getValue()).toBe('test-key');
    expect(await sessionKeys(REPORT_KEY_PREFIX)).toHaveLength(2);
    expect(await recentItem.getValue()).toHaveLength(2);
  });

  it('acts on nothing but the exact message type', async () => {
    expect(await ask({ type: 'privacy:remove-key ' })).toBeUndefined();
    expect(await ask({ type: 'privacy:clear' })).toBeUndefined();
    expect(await apiKeyItem.getValue()).toBe('test-key');
    expect(await recentItem.getValue()).toHaveLength(2);
  });
});
