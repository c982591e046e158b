import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pendingBody } from '../api/sample-reports';
import { tabStateItem } from '../storage';
import { stubUnimplementedListeners } from './fake-worker';
import { startBackground } from './index';
import { apiKeyItem } from './secret';

// Issue 21 item 5, in the whole worker: a Firefox content script can write storage.local (the fake
// browser, like Firefox, confirms no isolation). It sets the base URL to a host the recruiter granted
// for a rule and seeds the watch list; then every caller that sends the key runs. The key must reach
// the default API origin only, and the planted watch entry is not looked up.

const EVIL = 'https://ats.evil.example';
const GH = 'https://app.greenhouse.io/people/4012345002?application_id=';
const sender = (tabId: number, url: string): Browser.runtime.MessageSender => ({
  id: fakeBrowser.runtime.id,
  url,
  tab: { id: tabId } as Browser.tabs.Tab,
  frameId: 0,
});
const page = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') });

let fetchMock: ReturnType<typeof vi.fn>;
beforeEach(async () => {
  fakeBrowser.reset();
  stubUnimplementedListeners();
  Object.assign(browser, {
    permissions: { ...fakeBrowser.permissions, contains: async ({ origins }: { origins: string[] }) => origins.every((o) => o === `${EVIL}/*`) },
  });
  fetchMock = vi.fn(async () => Response.json(pendingBody()));
  vi.stubGlobal('fetch', fetchMock);
  await apiKeyItem.setValue('recruiter-key');
  // What the content script wrote, before the worker starts (as after a browser restart).
  await fakeBrowser.storage.local.set({
    baseUrl: `${EVIL}/api`,
    watched: [{ responseId: '979001', lookup: { by: 'response_id', value: '979001' }, addedAt: Date.now() }],
    notifyCompleted: true,
  });
  startBackground();
});
afterEach(() => vi.unstubAllGlobals());

describe('a base URL and watch list written where content scripts can write', () => {
  it('never make any caller send the key to that address', async () => {
    // A profile lookup.
    await fakeBrowser.runtime.onMessage.trigger(
      {
        type: 'page:detected',
        url: `${GH}5123456002`,
        detection: { ats: 'greenhouse', ids: [{ key: 'applicationId', value: '5123456002' }], responseIds: [] },
      },
      sender(3, `${GH}5123456002`),
    );
    await vi.waitFor(async () => expect((await tabStateItem(3).getValue())?.phase).toBe('ready'), { timeout: 3000 });
    // A list chip.
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'list:score', items: [{ url: `${GH}5123456003`, ats: 'greenhouse' }], load: 'abcdef123456' },
      sender(4, 'https://app.greenhouse.io/people'),
    );
    // The watch alarm.
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'watch-pending', scheduledTime: Date.now() });
    // The open-in-tab and compare pages.
    await fakeBrowser.runtime.onMessage.trigger({ type: 'report:get', responseId: '979554', force: true }, page());
    // Test connection with the address the settings page shows (the one in force).
    const settings = (await fakeBrowser.runtime.onMessage.trigger({ type: 'settings:get' }, page())).find(Boolean) as unknown as { baseUrl: string };
    await fakeBrowser.runtime.onMessage.trigger({ type: 'settings:test', baseUrl: settings.baseUrl }, page());
    await new Promise((resolve) => setTimeout(resolve, 50));

    expect(fetchMock).toHaveBeenCalled();
    const origins = new Set(fetchMock.mock.calls.map(([url]) => new URL(String(url)).origin));
    expect([...origins]).toEqual(['https://app.xobin.com']);
    expect(settings.baseUrl).toBe('https://app.xobin.com/api/v2');
    // The planted watch entry carries no signature of the worker's: the alarm did not look it up.
    expect(fetchMock.mock.calls.some(([url]) => String(url).includes('979001'))).toBe(false);
  });
});
