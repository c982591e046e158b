import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { completedBody } from '../api/sample-reports';
import { policyViewItem } from '../policy';
import { PROBE_KEY } from './connection-check';
import { startBackground } from './index';
import { apiKeyItem } from './secret';
import { stubUnimplementedListeners } from './fake-worker';

// The worker with a policy in the fake browser's managed area: the admin's values apply while it
// runs, a policy address the extension may not reach is an error at once, and the key stays inside.

const GH = 'https://app.greenhouse.io/people/4012345002?application_id=5123456002';
const detection = {
  ats: 'greenhouse',
  ids: [
    { key: 'applicationId', value: '5123456002' },
    { key: 'personId', value: '4012345002' },
  ],
  responseIds: [],
};
const fromTab = (tabId: number): Browser.runtime.MessageSender => ({ id: fakeBrowser.runtime.id, url: GH, tab: { id: tabId } as Browser.tabs.Tab, frameId: 0 });
const fromPage: Browser.runtime.MessageSender = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') };
const detect = (tabId: number) => fakeBrowser.runtime.onMessage.trigger({ type: 'page:detected', url: GH, detection }, fromTab(tabId));

let fetchMock: ReturnType<typeof vi.fn>;
let granted: Set<string>;
beforeEach(async () => {
  fakeBrowser.reset();
  stubUnimplementedListeners();
  granted = new Set();
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async (p) => (p.origins ?? []).every((o) => granted.has(o)));
  fetchMock = vi.fn(async () => Response.json(completedBody()));
  vi.stubGlobal('fetch', fetchMock);
  await apiKeyItem.setValue('typed-key');
  startBackground();
});
afterEach(() => vi.unstubAllGlobals());

describe('fleet policy in the worker', () => {
  it('sends the policy key, and switches to a new policy key live, clearing the cache', async () => {
    await fakeBrowser.storage.managed.set({ apiKey: 'org-key-1', lockedSettings: ['apiKey'] });
    await detect(3); // answered at once; the lookup runs on
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
    expect(fetchMock.mock.calls[0]![1].headers.apiKey).toBe('org-key-1');
    await fakeBrowser.storage.managed.set({ apiKey: 'org-key-2', lockedSettings: ['apiKey'] });
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(2));
    expect(fetchMock.mock.calls[1]![1].headers.apiKey).toBe('org-key-2');
  });

  it('reads the managed area once for many detections, and again as soon as the policy changes', async () => {
    await detect(3);
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
    const managedGet = vi.spyOn(fakeBrowser.storage.managed, 'get');
    for (const tabId of [4, 5, 6]) await detect(tabId);
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({ tabId: 6 })).toBe('82'));
    expect(managedGet).not.toHaveBeenCalled();
    await fakeBrowser.storage.managed.set({ lookupTemplates: { greenhouse: ['GH-{applicationId}'] } });
    await detect(7);
    await vi.waitFor(() => expect(fetchMock.mock.calls.map(([url]) => new URL(url).searchParams.get('custom_field_id'))).toContain('GH-5123456002'));
    expect(managedGet).toHaveBeenCalled();
  });

  it('uses a policy template for the lookups', async () => {
    await fakeBrowser.storage.managed.set({ lookupTemplates: { greenhouse: ['GH-{applicationId}'] } });
    await detect(3);
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalled());
    expect(new URL(fetchMock.mock.calls[0]![0]).searchParams.get('custom_field_id')).toBe('GH-5123456002');
  });

  it('a policy address without host access is an error badge at once, not a spinner, and no request', async () => {
    await fakeBrowser.storage.managed.set({ apiBaseUrl: 'https://xobin.example.com/api/v2' });
    await detect(3);
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('!'));
    expect(await fakeBrowser.action.getTitle({ tabId: 3 })).toMatch(/Allow access to your Xobin API/);
    expect(fetchMock).not.toHaveBeenCalled();
    granted.add('https://xobin.example.com/*');
    await fakeBrowser.runtime.onMessage.trigger({ type: 'tab:refresh', tabId: 3 }, fromPage);
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('82'));
    expect(new URL(fetchMock.mock.calls[0]![0]).origin).toBe('https://xobin.example.com');
  });

  it('gives the settings page the policy without the key, republished on change; content scripts get nothing', async () => {
    await fakeBrowser.storage.managed.set({ apiKey: 'org-secret', autoOpen: true, apiBaseUrl: 'http://plain.example.com', lockedSettings: ['autoOpen'] });
    const [view] = await fakeBrowser.runtime.onMessage.trigger({ type: 'policy:get' }, fromPage);
    expect(view).toMatchObject({ hasApiKey: true, autoOpen: true, locked: ['autoOpen'], problems: [{ field: 'apiBaseUrl' }] });
    expect(JSON.stringify(view)).not.toContain('org-secret');
    await fakeBrowser.storage.managed.set({ autoOpen: false });
    await vi.waitFor(async () => expect((await policyViewItem.getValue())?.autoOpen).toBe(false));
    const answers = await fakeBrowser.runtime.onMessage.trigger({ type: 'policy:get' }, fromTab(3));
    expect(answers.every((answer) => answer === undefined)).toBe(true);
  });

  it('Test connection works with the policy key, which the recruiter cannot replace when locked', async () => {
    // As Xobin answers: the connection check's made-up key is refused, the real key gets past auth to a 404.
    fetchMock.mockImplementation(async (_url: string, init: RequestInit) =>
      (init.headers as Record<string, string>).apiKey === PROBE_KEY
        ? Response.json({ message: 'Unauthorized' }, { status: 401 })
        : Response.json({ message: 'Not found' }, { status: 404 }),
    );
    await apiKeyItem.setValue('');
    await fakeBrowser.storage.managed.set({ apiKey: 'org-key', lockedSettings: ['apiKey'] });
    const [tested] = await fakeBrowser.runtime.onMessage.trigger({ type: 'settings:test', baseUrl: 'https://app.xobin.com/api/v2' }, fromPage);
    expect(tested).toEqual({ ok: true, message: 'Connected: Xobin accepted the key.' });
    expect(fetchMock.mock.calls.map((call) => call[1].headers.apiKey)).toEqual([PROBE_KEY, 'org-key']);
    const [saved] = await fakeBrowser.runtime.onMessage.trigger({ type: 'settings:save', baseUrl: 'https://app.xobin.com/api/v2', apiKey: 'mine' }, fromPage);
    expect(saved).toMatchObject({ ok: false, field: 'apiKey' });
    expect(await apiKeyItem.getValue()).toBe('');
  });
});
