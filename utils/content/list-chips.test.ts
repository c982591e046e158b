import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { loadFixtures } from '../ats/fixtures';
import { MAX_CHIP_BATCH, type ChipResult, type ContentMessage } from '../messages';
import { CHIP_MARK, isChipHost } from './chip';
import { FakeIntersectionObserver } from './fake-intersection-observer';
import { MAX_ASKING } from './list-asking';
import { WAKE_AT_ONCE, startListChips, type ListChips } from './list-chips';
import { sameCandidate } from './list-links';
import { adapters } from '../ats';

const setUrl = (url: string) => (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);

let ctx: ContentScriptContext;
let sent: ContentMessage[];
let answer: (message: ContentMessage) => ChipResult | Promise<ChipResult>;
let chips: ListChips | undefined;
let batches: ContentMessage[] = [];
const roots = new WeakMap<Element, ShadowRoot>();
const attachShadow = Element.prototype.attachShadow;

/** The observer of the latest startListChips: which chips are on screen. */
const observer = () => FakeIntersectionObserver.all.at(-1)!;
/** Lets the batched mutation pass run. */
const flushTimers = async () => {
  await vi.advanceTimersByTimeAsync(250);
};
/** Every element with our chips' marker: our hosts, and any copy of one left on the page. */
const hosts = () => [...document.querySelectorAll(`[${CHIP_MARK}]`)] as HTMLElement[];
/** The links that got a chip right after them, by their href attribute. */
const chipNames = () => hosts().map((host) => roots.get(host)?.querySelector('button')?.getAttribute('aria-label'));
const chipped = () => hosts().map((host) => (host.previousElementSibling as HTMLAnchorElement).getAttribute('href'));

beforeEach(() => {
  vi.useFakeTimers();
  fakeBrowser.reset();
  FakeIntersectionObserver.all = [];
  vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
  sent = [];
  answer = () => ({ kind: 'none' });
  // The chips on screen ask in one list:score message; `sent` and `answer` see one question per chip.
  batches = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    const asked = message as ContentMessage;
    if (asked.type !== 'list:score') {
      sent.push(asked);
      return answer(asked);
    }
    batches.push(asked);
    const questions = asked.items.map((item) => ({ type: 'list:score', ...item, load: asked.load }) as unknown as ContentMessage);
    sent.push(...questions);
    return Promise.all(questions.map((question) => answer(question)));
  });
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = attachShadow.call(this, init);
    roots.set(this, root);
    return root;
  });
  document.head.replaceChildren();
  document.body.replaceChildren();
  ctx = new ContentScriptContext('ats');
});
afterEach(() => {
  chips?.stop();
  chips = undefined;
  ctx.abort();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

function open(url: string, html: string) {
  setUrl(url);
  document.documentElement.innerHTML = html;
  chips = startListChips(ctx, () => adapters);
}

const listFixtures = loadFixtures().filter((fixture) => fixture.html.includes('name="fixture-chips"'));

describe('chips on the saved list pages', () => {
  it('covers a list page of every shipped ATS', () => {
    const covered = new Set(listFixtures.map((fixture) => fixture.file.split('-')[0]));
    for (const adapter of adapters) expect(covered, adapter.id).toContain(adapter.id.split('-')[0]);
  });

  it.each(listFixtures.map((fixture) => [fixture.file, fixture] as const))('%s: a chip after each profile link and nothing else', async (_, fixture) => {
    open(fixture.url, /<html[^>]*>([\s\S]*)<\/html>/.exec(fixture.html)![1]!);
    const expected = JSON.parse(document.querySelector<HTMLMetaElement>('meta[name="fixture-chips"]')!.content) as string[];
    await flushTimers();
    expect(chipped()).toEqual(expected);
    // Nothing is asked before a chip is on screen.
    expect(sent).toEqual([]);
  });
});

describe('startListChips', () => {
  const LIST = 'https://app.greenhouse.io/people?job_id=1';
  const row = (application: string) => `<li><a href="/people/40${application}?application_id=${application}">Candidate ${application}</a></li>`;

  it(`asks only for chips on screen, at most ${MAX_ASKING} at a time, and shows what the worker answers`, async () => {
    const answers: Array<(result: ChipResult) => void> = [];
    answer = () => new Promise((resolve) => answers.push(resolve));
    open(LIST, `<body><ul>${Array.from({ length: 10 }, (_, i) => row(String(5100 + i))).join('')}</ul></body>`);
    await flushTimers();
    expect(hosts()).toHaveLength(10);
    observer().show(hosts().slice(0, MAX_ASKING + 2));
    expect(sent).toHaveLength(MAX_ASKING);
    expect(batches).toHaveLength(1); // the chips that came on screen together ask in one message
    expect(sent[0]).toMatchObject({ type: 'list:score', url: 'https://app.greenhouse.io/people/405100?application_id=5100', ats: 'greenhouse' });
    answers[0]!({ kind: 'score', score: 82 });
    await flushTimers();
    expect(sent).toHaveLength(MAX_ASKING); // its batch is still out
    for (const settle of answers.slice(1)) settle({ kind: 'none' });
    await flushTimers();
    expect(sent).toHaveLength(MAX_ASKING + 2);
    expect(batches).toHaveLength(2);
    // A chip's words are in its closed shadow root: the page sees only a host of fixed size.
    expect(hosts()[0]!.shadowRoot).toBeNull();
    expect(sent.map((message) => (message as { url: string }).url)).not.toContain('https://app.greenhouse.io/people/405109?application_id=5109');
  });

  it('gives a list’s chips their buttons in the pass that finds them, before they are on screen, and asks nothing yet', async () => {
    open(LIST, `<body><ul>${Array.from({ length: 3 }, (_, i) => row(String(5050 + i))).join('')}</ul></body>`);
    await flushTimers();
    expect(chipNames()).toEqual(Array.from({ length: 3 }, () => 'AI Interview: checking'));
    expect(sent).toEqual([]);
  });

  it(`a pass that finds more than ${WAKE_AT_ONCE} candidate links gives buttons only to the chips on screen`, async () => {
    open(LIST, `<body><ul>${Array.from({ length: WAKE_AT_ONCE + 1 }, (_, i) => row(String(6000 + i))).join('')}</ul></body>`);
    await flushTimers();
    expect(hosts()).toHaveLength(WAKE_AT_ONCE + 1);
    expect(chipNames().filter(Boolean)).toHaveLength(0);
    observer().show(hosts().slice(0, 2));
    expect(chipNames().filter(Boolean)).toHaveLength(2);
  });

  it('never asks in a message bigger than the worker takes', () => {
    expect(MAX_ASKING).toBeLessThanOrEqual(MAX_CHIP_BATCH);
  });

  it('shows answers that come back while others are out together with them, or after 200 ms at most; the last at once', async () => {
    const answers: Array<(result: ChipResult) => void> = [];
    answer = () => new Promise((resolve) => answers.push(resolve));
    open(LIST, `<body><ul>${Array.from({ length: 4 }, (_, i) => row(String(5150 + i))).join('')}</ul></body>`);
    await flushTimers();
    // What a chip on screen says until its answer is shown (one off screen has no button yet).
    const waiting = 'AI Interview: checking';
    const lookAt = async (onScreen: HTMLElement[]) => {
      document.dispatchEvent(new Event('scroll'));
      await flushTimers();
      observer().show(onScreen);
    };
    await lookAt(hosts().slice(0, 2));
    await lookAt(hosts().slice(2, 4));
    expect(batches).toHaveLength(2);
    answers[0]!({ kind: 'score', score: 82 });
    answers[1]!({ kind: 'none' });
    await vi.advanceTimersByTimeAsync(0);
    // The second batch is still out: the first's answers wait for it.
    expect(chipNames()).toEqual([waiting, waiting, waiting, waiting]);
    answers[2]!({ kind: 'score', score: 64 });
    answers[3]!({ kind: 'none' });
    await vi.advanceTimersByTimeAsync(0);
    expect(chipNames()).toEqual(['AI Interview 82', 'AI Interview: no report found', 'AI Interview 64', 'AI Interview: no report found']);

    // One that never comes back holds the others 200 ms, no longer.
    chips!.stop();
    answers.length = 0;
    batches = [];
    open(LIST, `<body><ul>${row('5160')}${row('5161')}</ul></body>`);
    await flushTimers();
    await lookAt(hosts().slice(0, 1));
    await lookAt(hosts().slice(1, 2));
    answers[0]!({ kind: 'score', score: 70 });
    await vi.advanceTimersByTimeAsync(150);
    expect(chipNames()[0]).toBe(waiting);
    await vi.advanceTimersByTimeAsync(60);
    expect(chipNames()).toEqual(['AI Interview 70', waiting]);
  });

  it('keeps up with a list that re-renders: new rows get chips, removed rows free their place in line', async () => {
    answer = () => new Promise(() => undefined); // nothing ever answers: the line stays full
    open(LIST, `<body><ul id="list">${row('5200')}</ul></body>`);
    await flushTimers();
    const list = document.getElementById('list')!;
    list.insertAdjacentHTML('beforeend', Array.from({ length: MAX_ASKING + 1 }, (_, i) => row(String(5201 + i))).join(''));
    await flushTimers();
    expect(chipped()).toHaveLength(MAX_ASKING + 2);
    observer().show(hosts());
    expect(sent).toHaveLength(MAX_ASKING);
    // The last two wait; the last one's row goes away before its turn.
    const gone = hosts().at(-1)!;
    list.lastElementChild!.remove();
    await flushTimers();
    expect(chipped()).toHaveLength(MAX_ASKING + 1);
    // The next look (after a scroll) computes only the chip still waiting, not the one whose row went.
    document.dispatchEvent(new Event('scroll'));
    await flushTimers();
    expect([...observer().targets]).toEqual([hosts().at(-1)]);
    expect(observer().targets.has(gone)).toBe(false);
  });

  it('a page that keeps changing gets one pass per burst, with no mutation observer on in between', async () => {
    const observe = vi.spyOn(MutationObserver.prototype, 'observe');
    open(LIST, `<body><ul id="list">${row('5700')}</ul></body>`);
    await flushTimers();
    const watched = observe.mock.calls.length;
    const list = document.getElementById('list')!;
    for (let i = 1; i <= 20; i++) {
      list.insertAdjacentHTML('beforeend', row(String(5700 + i)));
      await vi.advanceTimersByTimeAsync(5);
    }
    expect(observe.mock.calls.length).toBe(watched); // off since the first change
    await flushTimers();
    expect(chipped()).toHaveLength(21);
    expect(observe.mock.calls.length).toBe(watched + 1); // on again after the one pass
  });

  it('a burst of scrolls is one look at the chips, and a chip that failed asks again only after it was off screen', async () => {
    answer = () => ({ kind: 'error', error: 'offline' });
    open(LIST, `<body><ul>${row('5600')}</ul></body>`);
    await flushTimers();
    const looks = FakeIntersectionObserver.all.length;
    for (let i = 0; i < 20; i++) document.dispatchEvent(new Event('scroll'));
    await flushTimers();
    expect(FakeIntersectionObserver.all.length).toBe(looks + 1);
    observer().show(hosts());
    await flushTimers();
    expect(sent).toHaveLength(1);
    expect(chipNames()).toEqual(['AI Interview: could not check; open the panel for details']);
    const look = async (onScreen: boolean) => {
      document.dispatchEvent(new Event('scroll'));
      await flushTimers();
      observer().show(hosts(), onScreen);
      await flushTimers();
    };
    await look(true); // still on screen: not asked again at every scroll
    expect(sent).toHaveLength(1);
    await look(false);
    await look(true);
    expect(sent).toHaveLength(2);
  });

  it('puts a chip back when the ATS re-renders a row’s children, and moves it when a link is reused for another candidate', async () => {
    open(LIST, `<body><ul id="r">${row('5300')}</ul></body>`);
    await flushTimers();
    const link = document.querySelector<HTMLAnchorElement>('#r a')!;
    hosts()[0]!.remove();
    await flushTimers();
    expect(isChipHost(link.nextElementSibling!)).toBe(true);
    link.setAttribute('href', '/people/405301?application_id=5301');
    await flushTimers();
    expect(hosts()).toHaveLength(1);
    observer().show(hosts());
    expect(sent.at(-1)).toMatchObject({ url: 'https://app.greenhouse.io/people/405301?application_id=5301' });
  });

  it('does not chip the page’s own candidate on a profile, but does chip their other applications', async () => {
    open(
      'https://app.greenhouse.io/people/4012345002?application_id=5123456002',
      '<body><a href="/people/4012345002">Jordan</a> <a href="/people/4012345002?application_id=5123456002">this application</a> <a href="/people/4012345002/applications/5123456009">Other application</a></body>',
    );
    await flushTimers();
    expect(chipped()).toEqual(['/people/4012345002/applications/5123456009']);
  });

  it('a "limit" chip becomes Show more; its click asks for more and the limited chips on screen ask again', async () => {
    answer = (message) => (message.type === 'list:more' ? ({ allowed: 200 } as never) : { kind: 'limit' });
    open(LIST, `<body><ul>${row('5400')}${row('5401')}</ul></body>`);
    await flushTimers();
    observer().show(hosts());
    await flushTimers();
    expect(sent.filter((message) => message.type === 'list:score')).toHaveLength(2);
    answer = (message) => (message.type === 'list:more' ? ({ allowed: 200 } as never) : { kind: 'score', score: 70 });
    // The click handler checks isTrusted, which a synthetic click is not: mark this one as trusted.
    const more = sent.length;
    const click = new MouseEvent('click', { bubbles: true });
    Object.defineProperty(click, 'isTrusted', { value: true });
    const rowClicks = vi.fn();
    document.body.addEventListener('click', rowClicks);
    dispatchIntoChip(hosts()[0]!, click);
    await flushTimers();
    expect(sent.slice(more).map((message) => message.type)).toEqual(['list:more', 'list:score', 'list:score']);
    expect(chipNames()).toEqual(['AI Interview 70', 'AI Interview 70']);
    expect(rowClicks).not.toHaveBeenCalled();
  });

  it('a chip click the browser could not open the panel for says, on hover, to use the toolbar', async () => {
    answer = (message) => (message.type === 'list:open' ? ({ opened: false } as never) : { kind: 'score', score: 82 });
    open(LIST, `<body><ul>${row('5800')}</ul></body>`);
    await flushTimers();
    observer().show(hosts());
    await flushTimers();
    const click = new MouseEvent('click', { bubbles: true });
    Object.defineProperty(click, 'isTrusted', { value: true });
    dispatchIntoChip(hosts()[0]!, click);
    await flushTimers();
    expect(sent.at(-1)).toMatchObject({ type: 'list:open', url: 'https://app.greenhouse.io/people/405800?application_id=5800' });
    const button = roots.get(hosts()[0]!)!.querySelector('button')!;
    expect(button.title).toBe('Click the Xobin icon in the toolbar to open the report.');
    expect(button.getAttribute('aria-label')).toBe('AI Interview 82');
  });

  it('removes every chip and asks nothing more when the worker says the setting is off', async () => {
    answer = () => ({ kind: 'off' });
    open(LIST, `<body><ul>${row('5500')}${row('5501')}</ul></body>`);
    await flushTimers();
    observer().show(hosts());
    await flushTimers();
    expect(hosts()).toHaveLength(0);
  });
});

describe('rows the ATS copies', () => {
  it('a re-rendered row keeps its chip and its answer: no new shadow root, no new question', async () => {
    answer = () => ({ kind: 'score', score: 82 });
    open('https://app.greenhouse.io/people?job_id=1', '<body><ul id="l"><li><a href="/people/1?application_id=2">A</a></li></ul></body>');
    await flushTimers();
    observer().show(hosts());
    await flushTimers();
    const [host] = hosts();
    const asked = sent.length;
    const list = document.getElementById('l')!;
    list.innerHTML = '<li><a href="/people/1?application_id=2">A (re-rendered)</a></li>';
    await flushTimers();
    expect(hosts()).toEqual([host]);
    expect(host!.previousElementSibling).toBe(list.querySelector('a'));
    expect(chipNames()).toEqual(['AI Interview 82']);
    expect(sent.length).toBe(asked);
  });

  // Until issue 21 the copy took over (nothing added to the row): it is a plain element the page could
  // have made, so it is removed and the row gets its own chip back.
  it('a row the ATS copies, chip host included, gets its own chip back: the copy is removed, never reused; no new question', async () => {
    answer = () => ({ kind: 'score', score: 82 });
    open(
      'https://app.greenhouse.io/people?job_id=1',
      '<body><ul id="l"><li><a href="/people/1?application_id=2">A</a></li><li><a href="/jobs/9">Job</a></li></ul></body>',
    );
    await flushTimers();
    observer().show(hosts());
    await flushTimers();
    const [host] = hosts();
    const asked = sent.length;
    const list = document.getElementById('l')!;
    const copies = [...list.children].map((row) => row.cloneNode(true) as Element);
    const copiedHost = copies[0]!.querySelector(`[${CHIP_MARK}]`)!;
    list.replaceChildren(...copies);
    await flushTimers();
    expect(hosts()).toEqual([host]);
    expect(host!.previousElementSibling).toBe(list.querySelector('a'));
    expect(copiedHost.isConnected).toBe(false);
    expect(roots.has(copiedHost)).toBe(false);
    expect(chipNames()).toEqual(['AI Interview 82']);
    expect(sent.length).toBe(asked);
  });

  it('a chip element the ATS copied along with a row is replaced, not doubled', async () => {
    open('https://app.greenhouse.io/people?job_id=1', '<body><ul id="l"><li><a href="/people/1?application_id=2">A</a></li></ul></body>');
    await flushTimers();
    const list = document.getElementById('l')!;
    list.replaceChildren(list.firstElementChild!.cloneNode(true));
    await flushTimers();
    expect(hosts()).toHaveLength(1);
    expect(isChipHost(hosts()[0]!)).toBe(true);
  });

  it('never gives a root to an element the page made, whatever its tag or marker: chips go on spans of our own', async () => {
    answer = () => ({ kind: 'score', score: 82 });
    // What a hostile page puts after its links: an element of the tag our chips once had (a custom
    // element's internals get any root attached to it), and spans that carry our marker.
    open(
      'https://app.greenhouse.io/people?job_id=1',
      `<body><ul><li><a href="/people/1?application_id=2">A</a><xobin-ai-score id="custom"></xobin-ai-score></li>
        <li><a href="/people/3?application_id=4">B</a><span ${CHIP_MARK} id="fake"></span></li></ul></body>`,
    );
    await flushTimers();
    observer().show(hosts());
    await flushTimers();
    const rooted = vi.mocked(Element.prototype.attachShadow).mock.contexts as Element[];
    expect(rooted).toHaveLength(2);
    for (const element of rooted) expect([element.localName, isChipHost(element)]).toEqual(['span', true]);
    expect(chipped()).toEqual(['/people/1?application_id=2', '/people/3?application_id=4']);
    expect(chipNames()).toEqual(['AI Interview 82', 'AI Interview 82']);
    expect(document.getElementById('custom')?.isConnected).toBe(true); // the page's own element is left alone
    expect(document.getElementById('fake')).toBeNull(); // a marked span is taken for a copy: removed
  });
});

describe('sameCandidate', () => {
  it('is the page’s candidate only when every id of the link is one of the page’s', () => {
    const page = [
      { key: 'applicationId', value: '1' },
      { key: 'personId', value: '2' },
    ];
    expect(sameCandidate([{ key: 'personId', value: '2' }], page)).toBe(true);
    expect(
      sameCandidate(
        [
          { key: 'applicationId', value: '3' },
          { key: 'personId', value: '2' },
        ],
        page,
      ),
    ).toBe(false);
    expect(sameCandidate([{ key: 'personId', value: '2' }], undefined)).toBe(false);
  });
});

/** The chip's closed root, as the spy on attachShadow kept it (the page has no such handle). */
function dispatchIntoChip(host: HTMLElement, event: Event) {
  const button = roots.get(host)?.querySelector('button');
  if (!button) throw new Error('no button');
  button.dispatchEvent(event);
}

describe('on a saved profile page', () => {
  it('chips the other candidates it links to, not the profile’s own candidate', async () => {
    const fixture = loadFixtures().find((candidate) => candidate.file === 'lever-profile.html')!;
    open(fixture.url, /<html[^>]*>([\s\S]*)<\/html>/.exec(fixture.html)![1]!);
    await flushTimers();
    expect(chipped()).toEqual(['/candidates/0b6d7e8f-1a2b-4c3d-9e4f-5a6b7c8d9e0f']);
  });
});
