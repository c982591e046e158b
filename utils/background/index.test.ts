import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { completedBody, pendingBody } from '../api/sample-reports';
import { autoOpenItem, customRulesItem, tabStateItem, templatesItem } from '../storage';
import { keepCacheKnowledgeInMemory } from './cache';
import { forgetTabDetections } from './detection';
import { startBackground } from './index';
import { apiKeyItem } from './secret';
import { stubUnimplementedListeners } from './fake-worker';

// The worker wired together with the in-memory fake browser: a detection message from a content
// script ends as a badge, through validation, lookups, the API client and the cache.

const sender = (tabId: number, url: string): Browser.runtime.MessageSender => ({
  id: fakeBrowser.runtime.id,
  url,
  tab: { id: tabId } as Browser.tabs.Tab,
  frameId: 0,
});
const detection = (applicationId: string) => ({
  ats: 'greenhouse',
  ids: [
    { key: 'applicationId', value: applicationId },
    { key: 'personId', value: '4012345002' },
  ],
  responseIds: [],
});
const GH = 'https://app.greenhouse.io/people/4012345002?application_id=';

/** page:detected is answered at once (the auto-open decision); the lookup runs on: wait for it to settle. */
async function detect(tabId: number, applicationId: string) {
  await fakeBrowser.runtime.onMessage.trigger(
    { type: 'page:detected', url: GH + applicationId, detection: detection(applicationId) },
    sender(tabId, GH + applicationId),
  );
  // This candidate's state, not the last one's: the page's answer does not wait for the detection.
  await vi.waitFor(async () => expect(await tabStateItem(tabId).getValue()).toMatchObject({ url: GH + applicationId, phase: 'ready' }), { timeout: 3000 });
}

let fetchMock: ReturnType<typeof vi.fn>;
let menuClick: ((info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab) => void) | undefined;
beforeEach(async () => {
  fakeBrowser.reset();
  stubUnimplementedListeners();
  // Not implemented by the in-memory browser; the menu itself is covered in context-menu.test.ts.
  menuClick = undefined;
  vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation((listener) => void (menuClick = listener as never));
  fetchMock = vi.fn(async (url: string) => {
    const id = new URL(url).searchParams.get('custom_field_id');
    if (id === '5123456002') return Response.json(completedBody());
    if (id === '5123456009') return Response.json(pendingBody());
    return new Response('{}', { status: 404 });
  });
  vi.stubGlobal('fetch', fetchMock);
  await apiKeyItem.setValue('test-key');
  startBackground();
  // A fresh worker remembers no tab's last detection (the tests reuse tab ids a moment apart).
  for (const tabId of [3, 4, 5, 6, 9]) forgetTabDetections(tabId);
});
afterEach(() => vi.unstubAllGlobals());

describe('background worker', () => {
  it('turns a detection into a score badge and a tooltip, and tells the page nothing', async () => {
    await detect(3, '5123456002');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('82');
    expect(await fakeBrowser.action.getTitle({ tabId: 3 })).toMatch(/score 82/);
    expect(fakeBrowser.tabs.sendMessage).not.toHaveBeenCalled();
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(new URL(url).origin).toBe('https://app.xobin.com');
    expect(init.headers.apiKey).toBe('test-key');
  });

  it('uses distinct markers for pending, not found and errors', async () => {
    await detect(4, '5123456009');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('P');
    await detect(5, '999');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('?');
    fetchMock.mockResolvedValue(new Response('{}', { status: 401 }));
    await detect(6, '5123456002');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 6 })).toBe('!');
  });

  it('clears the badge on a page with no candidate, and forgets a tab when it closes', async () => {
    await detect(3, '5123456002');
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'page:detected', url: 'https://app.greenhouse.io/people', detection: null },
      sender(3, 'https://app.greenhouse.io/people'),
    );
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe(''));
    await fakeBrowser.tabs.onRemoved.trigger(3, { windowId: 1, isWindowClosing: false });
    await vi.waitFor(async () => expect(await tabStateItem(3).getValue()).toBeNull());
  });

  it('ignores a detection sent from a page that is not an ATS', async () => {
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'page:detected', url: 'https://evil.example/people/1', detection: detection('5123456002') },
      sender(3, 'https://evil.example/people/1'),
    );
    expect(fetchMock).not.toHaveBeenCalled();
    expect(await tabStateItem(3).getValue()).toBeNull();
  });

  it('ignores a detection from a public page under *.greenhouse.io, and takes one from a company subdomain', async () => {
    const mine = 'https://my.greenhouse.io/people/4012345002?application_id=5123456002';
    await fakeBrowser.runtime.onMessage.trigger({ type: 'page:detected', url: mine, detection: detection('5123456002') }, sender(3, mine));
    expect(fetchMock).not.toHaveBeenCalled();
    expect(await tabStateItem(3).getValue()).toBeNull();
    const company = 'https://acme.greenhouse.io/people/4012345002?application_id=5123456002';
    await fakeBrowser.runtime.onMessage.trigger({ type: 'page:detected', url: company, detection: detection('5123456002') }, sender(4, company));
    await vi.waitFor(async () => expect((await tabStateItem(4).getValue())?.phase).toBe('ready'), { timeout: 3000 });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('82');
  });

  it('re-resolves open candidates with the new key when the key changes', async () => {
    await detect(3, '5123456002');
    expect(fetchMock).toHaveBeenCalledTimes(1);
    await apiKeyItem.setValue('rotated-key');
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(2));
    expect(fetchMock.mock.calls[1]![1].headers.apiKey).toBe('rotated-key');
  });

  it('refuses settings messages that come from a content script', async () => {
    const answers = await fakeBrowser.runtime.onMessage.trigger({ type: 'settings:get' }, sender(3, GH + '1'));
    expect(answers.filter(Boolean)).toEqual([]);
  });

  it('detects on a host the extension does not ship once the recruiter adds a rule for it', async () => {
    const url = 'https://ats.acme.example/talent/profile/77123';
    const message = { type: 'page:detected', url, detection: { ats: 'custom-acme', ids: [{ key: 'candidateId', value: '77123' }], responseIds: [] } };
    await fakeBrowser.runtime.onMessage.trigger(message, sender(9, url));
    expect(fetchMock).not.toHaveBeenCalled(); // no rule yet: a page we know nothing about
    await customRulesItem.setValue([
      { id: 'acme', name: 'Acme ATS', host: 'ats.acme.example', urlPattern: '/profile/(?<candidateId>\\d+)', template: 'ACME-{candidateId}' },
    ]);
    await vi.waitFor(async () => {
      await fakeBrowser.runtime.onMessage.trigger(message, sender(9, url));
      expect(fetchMock).toHaveBeenCalled();
    });
    expect(new URL(fetchMock.mock.calls[0]![0]).searchParams.get('custom_field_id')).toBe('ACME-77123');
  });

  it("uses the recruiter's templates for a shipped ATS, in their order", async () => {
    await templatesItem.setValue({ greenhouse: ['GH-{personId}'] });
    await detect(3, '5123456002');
    expect(new URL(fetchMock.mock.calls[0]![0]).searchParams.get('custom_field_id')).toBe('GH-4012345002');
  });

  it('uses templates the recruiter changes while the worker runs from the next detection on', async () => {
    await detect(3, '5123456002');
    expect(new URL(fetchMock.mock.calls[0]![0]).searchParams.get('custom_field_id')).toBe('5123456002');
    await templatesItem.setValue({ greenhouse: ['GH-{personId}'] });
    await detect(4, '5123456009');
    expect(new URL(fetchMock.mock.calls.at(-1)![0]).searchParams.get('custom_field_id')).toBe('GH-4012345002');
  });

  it('looks up selected text from the context menu on that tab', async () => {
    expect(menuClick).toBeDefined();
    menuClick!({ menuItemId: 'find-ai-interview-report', selectionText: ' 5123456002 ', editable: false, pageUrl: 'https://mail.example/' }, {
      id: 12,
      url: 'https://mail.example/',
    } as Browser.tabs.Tab);
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({ tabId: 12 })).toBe('82'));
    expect(await tabStateItem(12).getValue()).toMatchObject({
      manual: true,
      result: { kind: 'report', lookup: { by: 'custom_field_id', source: 'your search' } },
    });
  });

  it('refuses arbitrary messages from web pages and content scripts without side effects', async () => {
    const before = JSON.stringify([await fakeBrowser.storage.local.get(null), await fakeBrowser.storage.session.get(null)]);
    const junk = fc.oneof(
      fc.jsonValue(),
      fc.record({
        type: fc.constantFrom('page:detected', 'settings:save', 'settings:test', 'tab:refresh', 'lookup:manual'),
        detection: fc.jsonValue(),
        baseUrl: fc.string(),
        apiKey: fc.string(),
        tabId: fc.integer(),
        query: fc.string(),
      }),
    );
    const from = fc.oneof(
      fc.constant(sender(3, 'https://evil.example/people/1')), // a web page's tab
      fc.constant({ ...sender(3, GH + '1'), id: 'another-extension' }),
      fc.constant({ ...sender(3, GH + '1'), frameId: 2 }), // an iframe inside the ATS
    );
    await fc.assert(
      fc.asyncProperty(junk, from, async (message, who) => {
        const answers = await fakeBrowser.runtime.onMessage.trigger(message, who);
        expect(answers.filter(Boolean)).toEqual([]);
      }),
      { numRuns: 200 },
    );
    expect(fetchMock).not.toHaveBeenCalled();
    expect(JSON.stringify([await fakeBrowser.storage.local.get(null), await fakeBrowser.storage.session.get(null)])).toBe(before);
  });

  it('opens the panel on the first click of a candidate page only when "Open automatically" is on, once per tab', async () => {
    const panel = { open: vi.fn(async () => undefined), setPanelBehavior: vi.fn(async () => undefined) };
    vi.stubGlobal('chrome', { sidePanel: panel });
    const click = () => fakeBrowser.runtime.onMessage.trigger({ type: 'panel:open', auto: true }, sender(3, GH + '1'));
    expect((await click()).find(Boolean)).toEqual({ opened: false });
    await autoOpenItem.setValue(true);
    await vi.waitFor(async () => expect((await click()).find(Boolean)).toEqual({ opened: true }));
    expect((await click()).find(Boolean)).toEqual({ opened: false });
    expect(panel.open).toHaveBeenCalledTimes(1);
  });

  it('gives the open-in-tab page a report by response id, from the API then from the cache', async () => {
    fetchMock.mockImplementation(async () => Response.json(completedBody()));
    const page = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/report.html') };
    const ask = async () => (await fakeBrowser.runtime.onMessage.trigger({ type: 'report:get', responseId: '979554' }, page)).find(Boolean);
    expect(await ask()).toMatchObject({ ok: true, report: { response_id: '979554', score: 82 } });
    expect(await ask()).toMatchObject({ ok: true });
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(new URL(fetchMock.mock.calls[0]![0]).pathname).toBe('/api/v2/ai-interviews/report/979554');
  });

  it('shows loading, never the last candidate, while the tab moves to another ATS address', async () => {
    await detect(3, '5123456002');
    const moved = GH + '5123456009';
    await fakeBrowser.tabs.onUpdated.trigger(3, { status: 'loading', url: moved }, { id: 3 } as Browser.tabs.Tab);
    await vi.waitFor(async () => expect(await tabStateItem(3).getValue()).toMatchObject({ phase: 'loading', url: moved }));
    expect((await tabStateItem(3).getValue())?.result).toBeUndefined();
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('…');
    await detect(3, '5123456009');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('P');
  });

  it('keeps the state when the page already reported the address the tab reports loading', async () => {
    await detect(3, '5123456002');
    await fakeBrowser.tabs.onUpdated.trigger(3, { status: 'loading', url: GH + '5123456002' }, { id: 3 } as Browser.tabs.Tab);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('82');
  });

  it('a repeat detection of the candidate being looked up joins that lookup: one request, its answer kept', async () => {
    // The page fills in the email while the (uncacheable) broken answer is on its way.
    // Like a real fetch, it stops when its signal aborts; the server has already taken the request.
    let answer!: (response: Response) => void;
    fetchMock.mockImplementation(
      (_url: string, init?: RequestInit) =>
        new Promise<Response>((resolve, reject) => {
          answer = resolve;
          init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }),
    );
    const url = GH + '5123456002';
    await fakeBrowser.runtime.onMessage.trigger({ type: 'page:detected', url, detection: detection('5123456002') }, sender(3, url));
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
    const withEmail = { ...detection('5123456002'), emails: ['jordan@example.com'] };
    await fakeBrowser.runtime.onMessage.trigger({ type: 'page:detected', url, detection: withEmail }, sender(3, url));
    await new Promise((resolve) => setTimeout(resolve, 50)); // room for a second request, were one to start
    answer(new Response('{"response_id": 979554, "candidate_na', { status: 200, headers: { 'Content-Type': 'application/json' } }));
    await vi.waitFor(async () => expect((await tabStateItem(3).getValue())?.phase).toBe('ready'));
    const state = await tabStateItem(3).getValue();
    expect(state?.result).toMatchObject({ kind: 'error', error: { kind: 'invalid-response' } });
    expect(state?.emails).toEqual(['jordan@example.com']);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('!');
  });

  it('goes straight to a candidate whose fresh report the worker knows: no loading in between, no request', async () => {
    await detect(3, '5123456002');
    await detect(3, '999'); // another candidate (no report) on the same tab
    const phases: string[] = [];
    fakeBrowser.storage.onChanged.addListener((changes, area) => {
      const state = area === 'session' ? (changes['tab:3']?.newValue as { phase: string } | undefined) : undefined;
      if (state) phases.push(state.phase);
    });
    const badges = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    const before = badges.mock.calls.length; // the spy may be one an earlier test made
    const requests = fetchMock.mock.calls.length;
    await detect(3, '5123456002');
    expect(phases).toEqual(['ready']);
    expect((await tabStateItem(3).getValue())?.result).toMatchObject({ kind: 'report', lookup: { value: '5123456002' }, summary: { score: 82 } });
    // Never "…": each worker this file has started is still listening, so count what was shown, not calls.
    expect([...new Set(badges.mock.calls.slice(before).map(([details]) => `${details.tabId}:${details.text}`))]).toEqual(['3:82']);
    expect(fetchMock.mock.calls.length).toBe(requests);
  });

  it('goes straight to a fresh cached report after a restart too, from one read of its head: no loading, no request', async () => {
    await detect(3, '5123456002');
    await detect(3, '999');
    keepCacheKnowledgeInMemory(); // what a worker Chrome has just started knows of the cache: nothing
    const phases: string[] = [];
    fakeBrowser.storage.onChanged.addListener((changes, area) => {
      const state = area === 'session' ? (changes['tab:3']?.newValue as { phase: string } | undefined) : undefined;
      if (state) phases.push(state.phase);
    });
    const badges = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    const before = badges.mock.calls.length;
    const requests = fetchMock.mock.calls.length;
    await detect(3, '5123456002');
    expect(phases).toEqual(['ready']);
    expect([...new Set(badges.mock.calls.slice(before).map(([details]) => `${details.tabId}:${details.text}`))]).toEqual(['3:82']);
    expect(fetchMock.mock.calls.length).toBe(requests);
  });

  it('ends on the newest candidate when an older detection is still reading the cache (latest wins)', async () => {
    await detect(3, '5123456002');
    // The next candidate's cache head is not in memory: its read is slow; the one after is known.
    const session = fakeBrowser.storage.session;
    const get = session.get.bind(session);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let readBack: () => void = () => undefined;
    const heldReadDone = new Promise<void>((resolve) => (readBack = resolve));
    vi.spyOn(session, 'get').mockImplementation(async (keys?: unknown) => {
      if (!JSON.stringify(keys ?? null).includes('custom_field_id=777')) return get(keys as never);
      await held;
      const answer = await get(keys as never);
      readBack();
      return answer;
    });
    const message = (id: string) => ({ type: 'page:detected', url: GH + id, detection: detection(id) });
    await fakeBrowser.runtime.onMessage.trigger(message('777'), sender(3, GH + '777'));
    await fakeBrowser.runtime.onMessage.trigger(message('5123456002'), sender(3, GH + '5123456002'));
    await vi.waitFor(async () => expect((await tabStateItem(3).getValue())?.url).toBe(GH + '5123456002'));
    release();
    // What the held detection does after its read (the tab state's read and write) has run by the next task.
    await heldReadDone;
    await new Promise((resolve) => setTimeout(resolve, 0));
    const state = await tabStateItem(3).getValue();
    expect(state?.url).toBe(GH + '5123456002');
    expect(state?.result).toMatchObject({ kind: 'report', summary: { score: 82 } });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('82');
  });

  it('still checks again, through loading, a pending report it knows', async () => {
    await detect(3, '5123456009');
    await detect(3, '999');
    const phases: string[] = [];
    fakeBrowser.storage.onChanged.addListener((changes, area) => {
      const state = area === 'session' ? (changes['tab:3']?.newValue as { phase: string } | undefined) : undefined;
      if (state) phases.push(state.phase);
    });
    const requests = fetchMock.mock.calls.length;
    await detect(3, '5123456009');
    // detect() saw the tab 'ready' from the last candidate already: wait for this lookup's own writes.
    await vi.waitFor(() => expect(fetchMock.mock.calls.length).toBeGreaterThan(requests));
    expect(phases[0]).toBe('loading');
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('P'));
  });

  it('forgets the candidate when the tab loads a page off the ATS hosts', async () => {
    await detect(3, '5123456002');
    await fakeBrowser.tabs.onUpdated.trigger(3, { status: 'loading' }, { id: 3 } as Browser.tabs.Tab);
    await vi.waitFor(async () => expect(await tabStateItem(3).getValue()).toBeNull());
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('');
  });
});
