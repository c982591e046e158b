import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CHIP_MARK, mountChip } from './chip';
import { startDetector } from './detector';
import { LAUNCHER_MARK } from './launcher';

const PROFILE = 'https://app.greenhouse.io/people/4012345002?application_id=5123456002';
/** happy-dom's way to change location without a navigation. */
const setUrl = (url: string) => (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
let ctx: ContentScriptContext;
let sent: unknown[];

beforeEach(() => {
  fakeBrowser.reset();
  sent = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    sent.push(message);
    return undefined;
  });
  document.body.replaceChildren();
  ctx = new ContentScriptContext('ats');
});
afterEach(() => {
  ctx.abort();
  vi.useRealTimers();
});

function goTo(url: string) {
  setUrl(url);
  window.dispatchEvent(new Event('hashchange'));
}

describe('startDetector', () => {
  it('reports the candidate on load and mounts one launcher', () => {
    setUrl(PROFILE);
    startDetector(ctx);
    expect(sent).toEqual([
      {
        type: 'page:detected',
        url: PROFILE,
        detection: {
          ats: 'greenhouse',
          ids: [
            { key: 'applicationId', value: '5123456002' },
            { key: 'personId', value: '4012345002' },
          ],
          responseIds: [],
        },
      },
    ]);
    expect(document.querySelectorAll(`[${LAUNCHER_MARK}]`)).toHaveLength(1);
  });

  it('reports null and shows no launcher on a page that is not a profile', () => {
    setUrl('https://app.greenhouse.io/people?job_id=1');
    startDetector(ctx);
    expect(sent).toEqual([{ type: 'page:detected', url: 'https://app.greenhouse.io/people?job_id=1', detection: null }]);
    expect(document.querySelector(`[${LAUNCHER_MARK}]`)).toBeNull();
  });

  it("reads a page of a shipped host again with the recruiter's rules the worker sends for it", async () => {
    // A profile shape Greenhouse's adapter does not read, and the rule "Why no report?" made for it.
    const page = 'https://app.greenhouse.io/people/4012345002/profile';
    const rule = {
      id: 'ghprofile',
      name: 'Greenhouse (people)',
      host: 'app.greenhouse.io',
      urlPattern: '/people/(?<personId>\\d+)/profile(?:[/?#]|$)',
      template: '{personId}',
    };
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      sent.push(message);
      const { type, detection } = message as { type: string; detection?: unknown };
      return type === 'page:detected' ? { autoOpen: false, ...(detection ? {} : { rules: [rule] }) } : undefined;
    });
    setUrl(page);
    startDetector(ctx);
    await vi.waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[0]).toMatchObject({ detection: null });
    expect(sent[1]).toEqual({
      type: 'page:detected',
      url: page,
      detection: { ats: 'custom-ghprofile', ids: [{ key: 'personId', value: '4012345002' }], responseIds: [] },
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(sent).toHaveLength(2);
  });

  it('follows in-app navigation and does not repeat an unchanged detection', () => {
    setUrl(PROFILE);
    startDetector(ctx);
    goTo(PROFILE); // same candidate: nothing new to say
    goTo('https://app.greenhouse.io/people/4012345003/applications/5123456003');
    goTo('https://app.greenhouse.io/people');
    expect(sent.map((message) => (message as { detection: { ids: { value: string }[] } | null }).detection?.ids[0]?.value ?? null)).toEqual([
      '5123456002',
      '5123456003',
      null,
    ]);
    expect(document.querySelector(`[${LAUNCHER_MARK}]`)).toBeNull();
  });

  it('picks up a Xobin report link the single-page app renders after the URL changed', async () => {
    vi.useFakeTimers();
    setUrl(PROFILE);
    startDetector(ctx);
    const link = document.createElement('a');
    link.href = 'https://app.xobin.com/ai-interviews/candidate/report/979554';
    document.body.append(link);
    await vi.advanceTimersByTimeAsync(300);
    expect(sent.at(-1)).toMatchObject({ detection: { responseIds: ['979554'] } });
  });

  it('scans the first change after a navigation at once, and the changes after it at most every 250 ms', async () => {
    vi.useFakeTimers();
    setUrl(PROFILE);
    startDetector(ctx);
    const scans = vi.spyOn(document, 'querySelectorAll');
    const addLink = (id: number) => {
      const link = document.createElement('a');
      link.href = `https://app.xobin.com/ai-interviews/candidate/report/${id}`;
      document.body.append(link);
    };
    addLink(979554);
    await vi.advanceTimersByTimeAsync(0); // the observer's microtask, no timer
    expect(sent.at(-1)).toMatchObject({ detection: { responseIds: ['979554'] } });
    const afterFirst = scans.mock.calls.length;
    for (let i = 0; i < 20; i++) {
      addLink(979600 + i);
      await vi.advanceTimersByTimeAsync(10);
    }
    // 200 ms of changes right after a scan: one more scan, at the end of the 250 ms window.
    expect(scans.mock.calls.length).toBe(afterFirst);
    await vi.advanceTimersByTimeAsync(60);
    expect(scans.mock.calls.length).toBeGreaterThan(afterFirst);
    const afterSecond = scans.mock.calls.length;
    expect((sent.at(-1) as { detection: { responseIds: string[] } }).detection.responseIds.length).toBeGreaterThan(1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(scans.mock.calls.length).toBe(afterSecond);
  });

  it("scans a new page's first change at once even while the previous page's scan window is open", async () => {
    vi.useFakeTimers();
    setUrl(PROFILE);
    const listen = vi.spyOn(window, 'addEventListener');
    startDetector(ctx);
    const locationChange = listen.mock.calls.map(([type]) => type).find((type) => type.endsWith('wxt:locationchange'))!;
    document.body.append(document.createElement('div')); // the old page changes: scanned, window opens
    await vi.advanceTimersByTimeAsync(50);
    const next = 'https://app.greenhouse.io/people/4012345003/applications/5123456003';
    window.dispatchEvent(Object.assign(new Event(locationChange), { newUrl: new URL(next), oldUrl: new URL(PROFILE) }));
    setUrl(next);
    const link = document.createElement('a');
    link.href = 'https://app.xobin.com/ai-interviews/candidate/report/979600';
    document.body.append(link); // the new profile renders
    await vi.advanceTimersByTimeAsync(0);
    expect(sent.at(-1)).toMatchObject({ url: next, detection: { responseIds: ['979600'] } });
  });

  it('stops watching the page a while after the last navigation (no unbounded observer)', async () => {
    vi.useFakeTimers();
    setUrl(PROFILE);
    startDetector(ctx);
    await vi.advanceTimersByTimeAsync(11_000);
    const link = document.createElement('a');
    link.href = 'https://app.xobin.com/ai-interviews/candidate/report/979554';
    document.body.append(link);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(sent).toHaveLength(1);
  });

  it('never listens to messages from the worker, and removes the launcher when the context dies', async () => {
    const listen = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
    setUrl(PROFILE);
    startDetector(ctx);
    expect(listen).not.toHaveBeenCalled();
    expect(document.querySelector(`[${LAUNCHER_MARK}]`)).not.toBeNull();
    ctx.abort();
    expect(document.querySelector(`[${LAUNCHER_MARK}]`)).toBeNull();
  });

  it('forwards the recruiter’s first click on the page only when the worker said at load time to open automatically, whatever the page clicked before', async () => {
    const clicks = (answer: unknown) => {
      vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
        sent.push(message);
        return (message as { type: string }).type === 'page:detected' ? answer : undefined;
      });
    };
    clicks({ autoOpen: false });
    setUrl(PROFILE);
    startDetector(ctx);
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 0));
    document.body.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(sent.filter((message) => (message as { type: string }).type === 'panel:open')).toEqual([]);

    ctx.abort();
    document.body.replaceChildren();
    ctx = new ContentScriptContext('ats');
    sent = [];
    clicks({ autoOpen: true });
    startDetector(ctx);
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 0));
    // A page script's click (untrusted) neither opens the panel nor uses up the recruiter's first click.
    document.body.click();
    expect(sent.filter((message) => (message as { type: string }).type === 'panel:open')).toEqual([]);
    // happy-dom marks dispatched events untrusted; the listener checks isTrusted, so pretend as a browser would.
    const trusted = () => {
      const click = new MouseEvent('click', { bubbles: true });
      Object.defineProperty(click, 'isTrusted', { value: true });
      document.body.dispatchEvent(click);
    };
    trusted();
    trusted(); // only the first
    expect(sent.filter((message) => (message as { type: string }).type === 'panel:open')).toEqual([{ type: 'panel:open', auto: true }]);
  });

  it("reports the destination of an in-app navigation at once, without the previous candidate's page content", async () => {
    vi.useFakeTimers();
    setUrl(PROFILE);
    const link = document.createElement('a');
    link.href = 'https://app.xobin.com/ai-interviews/candidate/report/979554'; // the first candidate's report
    document.body.append(link);
    const listen = vi.spyOn(window, 'addEventListener');
    startDetector(ctx);
    const locationChange = listen.mock.calls.map(([type]) => type).find((type) => type.endsWith('wxt:locationchange'))!;
    expect(sent.at(-1)).toMatchObject({ detection: { responseIds: ['979554'] } });
    const next = 'https://app.greenhouse.io/people/4012345003/applications/5123456003';
    // What the Navigation API announces before the address (and the page) change.
    window.dispatchEvent(Object.assign(new Event(locationChange), { newUrl: new URL(next), oldUrl: new URL(PROFILE) }));
    expect(sent.at(-1)).toEqual({
      type: 'page:detected',
      url: next,
      detection: {
        ats: 'greenhouse',
        ids: [
          { key: 'applicationId', value: '5123456003' },
          { key: 'personId', value: '4012345003' },
        ],
        responseIds: [],
      },
    });
    // The app re-renders for the new candidate: now the page counts again.
    setUrl(next);
    link.remove();
    await vi.advanceTimersByTimeAsync(300);
    expect((sent.at(-1) as { detection: { responseIds: string[] } }).detection.responseIds).toEqual([]);
  });

  it('does not re-trust the old page when a hash navigation is announced a second time by hashchange', async () => {
    vi.useFakeTimers();
    const charlie = 'https://app.recruitee.com/#/candidates?candidate=33498801';
    const dana = 'https://app.recruitee.com/#/candidates?candidate=33498802';
    setUrl(charlie);
    const link = document.createElement('a');
    link.href = 'https://app.xobin.com/ai-interviews/candidate/report/979690'; // Charlie's report, still on screen
    document.body.append(link);
    const listen = vi.spyOn(window, 'addEventListener');
    startDetector(ctx);
    const locationChange = listen.mock.calls.map(([type]) => type).find((type) => type.endsWith('wxt:locationchange'))!;
    window.dispatchEvent(Object.assign(new Event(locationChange), { newUrl: new URL(dana), oldUrl: new URL(charlie) }));
    setUrl(dana);
    window.dispatchEvent(new Event('hashchange'));
    const last = sent.at(-1) as { url: string; detection: { responseIds: string[] } | null };
    expect(last.url).toBe(dana);
    expect(last.detection?.responseIds ?? []).toEqual([]);
  });
});

describe('score chips and the page', () => {
  it('a chip coming or going is not the page changing: after a navigation, old content stays untrusted', async () => {
    vi.useFakeTimers();
    setUrl(PROFILE);
    document.body.innerHTML =
      '<a href="https://app.xobin.com/ai-interviews/candidate/report/979554">report</a><a id="other" href="/people/4012345003">Riley</a>';
    startDetector(ctx);
    goTo('https://app.greenhouse.io/people/4012345009?application_id=5123456009');
    sent.length = 0;
    // Only our chip is added: the old profile's report link must not be read as the new candidate's.
    document.getElementById('other')!.after(mountChip(document, () => undefined).host);
    await vi.advanceTimersByTimeAsync(600);
    expect(sent).toEqual([]);
    // The page itself changing is, even with an element that looks like a chip's host: then its
    // content is read again.
    const lookAlike = document.createElement('span');
    lookAlike.setAttribute(CHIP_MARK, '');
    document.body.append(lookAlike);
    await vi.advanceTimersByTimeAsync(600);
    expect(sent).toEqual([expect.objectContaining({ type: 'page:detected', detection: expect.objectContaining({ responseIds: ['979554'] }) })]);
  });
});
