import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { completedBody } from '../api/sample-reports';
import { recentItem, tabStateItem } from '../storage';
import { startBackground } from './index';
import { apiKeyItem } from './secret';
import { stubUnimplementedListeners } from './fake-worker';

// Issue 20, item 3, through the wired worker: a report reached through a link on the page is this
// candidate's only when the page ties it (its email in the candidate's part, or its custom field id
// one of the profile's own ids), or when the recruiter confirms it.

const URL_ = 'https://app.greenhouse.io/people/4012345022/applications/5123456022';
const content: Browser.runtime.MessageSender = { id: fakeBrowser.runtime.id, url: URL_, tab: { id: 5 } as Browser.tabs.Tab, frameId: 0 };
const panel: Browser.runtime.MessageSender = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/sidepanel.html') };
const detection = (emails: string[]) => ({
  ats: 'greenhouse',
  ids: [
    { key: 'applicationId', value: '5123456022' },
    { key: 'personId', value: '4012345022' },
  ],
  responseIds: ['979561'],
  ...(emails.length ? { emails, emailsFrom: { text: emails.length, link: 0 } } : {}),
});
const RILEY = completedBody({
  response_id: 979561,
  candidate_name: 'Riley Sample',
  candidate_email: 'riley.sample@example.com',
  custom_field_id: 'CAND-2025-003',
  score: 71,
});

let fetchMock: ReturnType<typeof vi.fn>;
beforeEach(async () => {
  fakeBrowser.reset();
  stubUnimplementedListeners();
  vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation(() => undefined);
  fetchMock = vi.fn(async (url: string) => (new URL(url).pathname.endsWith('/report/979561') ? Response.json(RILEY) : new Response('{}', { status: 404 })));
  vi.stubGlobal('fetch', fetchMock);
  await apiKeyItem.setValue('test-key');
  startBackground();
});
afterEach(() => vi.unstubAllGlobals());

async function detect(emails: string[]) {
  await fakeBrowser.runtime.onMessage.trigger({ type: 'page:detected', url: URL_, detection: detection(emails) }, content);
  await vi.waitFor(async () => expect((await tabStateItem(5).getValue())?.phase).toBe('ready'), { timeout: 3000 });
}
const badge = () => fakeBrowser.action.getBadgeText({ tabId: 5 });

describe('a report reached through a link on the page', () => {
  it("asks for the profile's own ids before the link", async () => {
    await detect(['riley.sample@example.com']);
    const asked = fetchMock.mock.calls.map(([url]) => new URL(url as string).href.replace(/^.*\/report/, ''));
    expect(asked).toEqual(['?custom_field_id=5123456022', '?custom_field_id=4012345022', '/979561']);
  });

  it("shows the score when the email on the page is the report's", async () => {
    await detect(['recruiter.one@acme.example', 'riley.sample@example.com']);
    expect(await badge()).toBe('71');
    await vi.waitFor(async () => expect((await recentItem.getValue()).map((item) => item.responseId)).toEqual(['979561']));
  });

  it("is not this candidate's until the recruiter confirms it: marker, no recent entry; then the score", async () => {
    await detect(['sam.placeholder@example.com']);
    expect(await badge()).toBe('≠');
    expect(await fakeBrowser.action.getTitle({ tabId: 5 })).toContain(
      'this report is for riley.sample@example.com, but the profile shows sam.placeholder@example.com',
    );
    expect(await recentItem.getValue()).toEqual([]);
    await fakeBrowser.runtime.onMessage.trigger({ type: 'tab:confirm-identity', tabId: 5, responseId: '111' }, panel);
    expect(await badge()).toBe('≠');
    await fakeBrowser.runtime.onMessage.trigger({ type: 'tab:confirm-identity', tabId: 5, responseId: '979561' }, panel);
    await vi.waitFor(async () => expect(await badge()).toBe('71'));
    await vi.waitFor(async () => expect((await recentItem.getValue()).map((item) => item.responseId)).toEqual(['979561']));
    // The page re-renders (same candidate): the confirmation stays; it is no content script's to give.
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'page:detected', url: URL_, detection: detection(['sam.placeholder@example.com', 'x@example.com']) },
      content,
    );
    expect((await tabStateItem(5).getValue())?.confirmed).toBe('979561');
    expect(await fakeBrowser.runtime.onMessage.trigger({ type: 'tab:confirm-identity', tabId: 5, responseId: '979561' }, content)).toEqual([undefined]);
  });

  it('does not tie a report to a page that shows no email at all', async () => {
    await detect([]);
    expect(await badge()).toBe('≠');
    expect(await fakeBrowser.action.getTitle({ tabId: 5 })).toContain("Riley Sample (riley.sample@example.com)'s and was found only through a Xobin link");
  });
});
