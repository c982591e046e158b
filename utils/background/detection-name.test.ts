import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { tabStateItem } from '../storage';
import { forgetTabDetections } from './detection';
import { startBackground } from './index';
import { apiKeyItem } from './secret';
import { stubUnimplementedListeners } from './fake-worker';

// The candidate's name the page shows (Detection.name) is kept on the tab for the invite form's
// prefill, and goes nowhere else: no lookup carries it.

const URL_ = 'https://app.eu.greenhouse.io/people/4012345014/applications/5123456014';
const sender: Browser.runtime.MessageSender = { id: fakeBrowser.runtime.id, url: URL_, tab: { id: 3 } as Browser.tabs.Tab, frameId: 0 };
const detection = (extra: object = {}) => ({
  ats: 'greenhouse',
  ids: [
    { key: 'applicationId', value: '5123456014' },
    { key: 'personId', value: '4012345014' },
  ],
  responseIds: [],
  ...extra,
});
const detect = (extra?: object) => fakeBrowser.runtime.onMessage.trigger({ type: 'page:detected', url: URL_, detection: detection(extra) }, sender);

let fetchMock: ReturnType<typeof vi.fn>;
beforeEach(async () => {
  fakeBrowser.reset();
  stubUnimplementedListeners();
  fetchMock = vi.fn(async () => new Response('{}', { status: 404 }));
  vi.stubGlobal('fetch', fetchMock);
  await apiKeyItem.setValue('test-key');
  startBackground();
  forgetTabDetections(3);
  return () => vi.unstubAllGlobals();
});

describe("the candidate's name from the page", () => {
  it('is kept on the tab, filled in when the page shows it later, and never sent with a lookup', async () => {
    await detect();
    await vi.waitFor(async () => expect((await tabStateItem(3).getValue())?.phase).toBe('ready'));
    expect((await tabStateItem(3).getValue())?.name).toBeUndefined();
    await detect({ name: 'Kendall Eurohouse', emails: ['kendall.eurohouse@example.com'] });
    await vi.waitFor(async () => expect((await tabStateItem(3).getValue())?.name).toBe('Kendall Eurohouse'));
    const state = await tabStateItem(3).getValue();
    expect(state).toMatchObject({ phase: 'ready', result: { kind: 'error', error: { kind: 'not-found' } } });
    expect(fetchMock).toHaveBeenCalled();
    for (const [url, init] of fetchMock.mock.calls) expect(`${url} ${JSON.stringify(init ?? {})}`).not.toMatch(/Kendall|Eurohouse/i);
  });

  it('is dropped with the whole message when it is not a name (markup, a huge string)', async () => {
    for (const name of ['<img src=x onerror=alert(1)>', 'K'.repeat(10_000)]) {
      await detect({ name });
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(await tabStateItem(3).getValue()).toBeNull();
    }
  });
});
