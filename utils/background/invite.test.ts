import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pendingBody } from '../api/sample-reports';
import { aiInterviewsItem, allowInvitesItem, allowShareItem, tabStateItem } from '../storage';
import { forgetTabDetections } from './detection';
import { stubUnimplementedListeners } from './fake-worker';
import { startBackground } from './index';
import { apiKeyItem } from './secret';
import { readWatched } from './watch';

// The worker's invite and share, through the message table, with the in-memory browser and a fetch
// double that keeps what Xobin would: no report under 5123456014 until the invite creates one.

const page = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/sidepanel.html') });
const contentSender = (tabId: number, url: string): Browser.runtime.MessageSender => ({
  id: fakeBrowser.runtime.id,
  url,
  tab: { id: tabId } as Browser.tabs.Tab,
  frameId: 0,
});
const URL_14 = 'https://app.greenhouse.io/people/4012345014?application_id=5123456014';
const detection = { ats: 'greenhouse', ids: [{ key: 'applicationId', value: '5123456014' }], responseIds: [] };
const invite = { candidateName: 'Kendall Eurohouse', candidateEmail: 'kendall.eurohouse@example.com', aiInterviewId: 31877, format: 'getlink' as const };

let invited: Record<string, unknown> | undefined;
let fetchMock: ReturnType<typeof vi.fn>;

async function ask(message: unknown) {
  return (await fakeBrowser.runtime.onMessage.trigger(message, page())).find((answer) => answer !== undefined);
}

beforeEach(async () => {
  fakeBrowser.reset();
  stubUnimplementedListeners();
  invited = undefined;
  fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
    const { pathname, searchParams } = new URL(url);
    if (pathname.endsWith('/ai-interviews/invite')) {
      invited = JSON.parse(String(init?.body));
      return Response.json({
        response_id: 990001,
        status: 'Pending',
        invite_link: 'https://app.xobin.com/ai-interview/invite/990001',
        custom_field_id: '5123456014',
      });
    }
    if (pathname.endsWith('/share'))
      return Response.json({ signed_url: 'https://app.xobin.com/s/1?sig=a', expires_at: '2026-12-06T12:00:00.000000', expiration_hours: 1 });
    if (searchParams.get('custom_field_id') === '5123456014' && invited)
      return Response.json({ ...pendingBody(), response_id: 990001, custom_field_id: '5123456014' });
    return new Response('{"message":"Report not found"}', { status: 404 });
  });
  vi.stubGlobal('fetch', fetchMock);
  await apiKeyItem.setValue('test-key');
  await aiInterviewsItem.setValue([{ id: 31877, name: 'Backend Engineer – AI Interview' }]);
  startBackground();
  forgetTabDetections(7);
  await fakeBrowser.runtime.onMessage.trigger({ type: 'page:detected', url: URL_14, detection }, contentSender(7, URL_14));
  await vi.waitFor(async () => expect((await tabStateItem(7).getValue())?.result).toMatchObject({ kind: 'error', error: { kind: 'not-found' } }), {
    timeout: 3000,
  });
});
afterEach(() => vi.unstubAllGlobals());

describe('invite:send', () => {
  it('stamps the profile own id, sends once, and the tab then shows the pending report', async () => {
    expect(await ask({ type: 'invite:send', tabId: 7, invite })).toEqual({
      ok: true,
      invite: { responseId: '990001', status: 'Pending', link: 'https://app.xobin.com/ai-interview/invite/990001' },
    });
    expect(invited).toEqual({
      candidate_name: 'Kendall Eurohouse',
      candidate_email: 'kendall.eurohouse@example.com',
      ai_interview_id: 31877,
      invite_format: 'getlink',
      custom_field_id: '5123456014',
    });
    await vi.waitFor(async () => expect((await tabStateItem(7).getValue())?.result).toMatchObject({ kind: 'report', summary: { status: 'pending' } }));
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('P');
  });

  it('watches the invited candidate with the interview it was invited to, so rounds check it with its interview', async () => {
    await ask({ type: 'invite:send', tabId: 7, invite });
    expect(await readWatched()).toEqual([
      expect.objectContaining({ responseId: '990001', lookup: { by: 'custom_field_id', value: '5123456014' }, aiInterviewId: '31877' }),
    ]);
  });

  it('refuses an interview that is not offered, and an organisation that turned inviting off, without asking Xobin', async () => {
    expect(await ask({ type: 'invite:send', tabId: 7, invite: { ...invite, aiInterviewId: 4242 } })).toEqual({ ok: false, refused: 'interview' });
    await allowInvitesItem.setValue(false);
    await vi.waitFor(async () => expect(await ask({ type: 'invite:send', tabId: 7, invite })).toEqual({ ok: false, refused: 'off' }));
    expect(invited).toBeUndefined();
  });

  it('does not invite when Xobin already has a report under the profile id: the tab shows it instead', async () => {
    invited = {}; // a report appeared meanwhile (someone invited from Xobin itself)
    expect(await ask({ type: 'invite:send', tabId: 7, invite })).toEqual({ ok: false, refused: 'exists' });
    expect(fetchMock.mock.calls.filter(([url]) => String(url).endsWith('/invite'))).toHaveLength(0);
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('P'));
  });

  it('drops a malformed invite at the door (schema), and one for a tab that is not a profile without a report', async () => {
    expect(await ask({ type: 'invite:send', tabId: 7, invite: { ...invite, candidateEmail: 'nope' } })).toBeUndefined();
    expect(await ask({ type: 'invite:send', tabId: 99, invite })).toEqual({ ok: false, refused: 'not-here' });
    expect(invited).toBeUndefined();
  });
});

describe('report:share', () => {
  it('signs a link for the chosen hours, unless the organisation turned sharing off', async () => {
    expect(await ask({ type: 'report:share', responseId: '979554', hours: 8 })).toMatchObject({ ok: true, value: { url: 'https://app.xobin.com/s/1?sig=a' } });
    const shareCall = fetchMock.mock.calls.find(([url]) => String(url).endsWith('/share'))!;
    expect(JSON.parse(String(shareCall[1]?.body))).toEqual({ expiration_hours: 8 });
    await allowShareItem.setValue(false);
    await vi.waitFor(async () => expect(await ask({ type: 'report:share', responseId: '979554', hours: 8 })).toEqual({ ok: false, refused: 'off' }));
    expect(await ask({ type: 'report:share', responseId: '979554', hours: 48 })).toBeUndefined(); // out of Xobin's range: refused at the door
  });
});
