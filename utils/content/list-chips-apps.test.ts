import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { adapters } from '../ats';
import type { ContentMessage } from '../messages';
import { isChipHost } from './chip';
import { FakeIntersectionObserver } from './fake-intersection-observer';
import { MAX_ASKING } from './list-asking';
import { startListChips, type ListChips } from './list-chips';

// List pages built like real apps (ats-urls.md, "web components, shadow roots and iframes"):
// SmartRecruiters rows inside open shadow roots with `<sr-link href>` links, and a page of 10,000 links.

const setUrl = (url: string) => (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
const flushTimers = () => vi.advanceTimersByTimeAsync(250);
const roots = new WeakMap<Element, ShadowRoot>();
const attachShadow = Element.prototype.attachShadow;
let ctx: ContentScriptContext;
let chips: ListChips | undefined;
let asked: string[];
let linksRead: number;

/** Our chip hosts in `tree` and in every open root below it, in tree order. */
function hostsIn(tree: ParentNode): HTMLElement[] {
  return [...tree.querySelectorAll('*')].flatMap((element) => [
    ...(isChipHost(element) ? [element as HTMLElement] : []),
    ...(element.shadowRoot ? hostsIn(element.shadowRoot) : []),
  ]);
}

beforeEach(() => {
  vi.useFakeTimers();
  fakeBrowser.reset();
  FakeIntersectionObserver.all = [];
  vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
  asked = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    const question = message as ContentMessage;
    if (question.type !== 'list:score') return undefined;
    asked.push(...question.items.map((item) => item.url));
    return question.items.map(() => ({ kind: 'score', score: 88 }));
  });
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = attachShadow.call(this, init);
    roots.set(this, root);
    return root;
  });
  document.body.replaceChildren();
  ctx = new ContentScriptContext('ats');
  linksRead = 0;
});
afterEach(() => {
  chips?.stop();
  chips = undefined;
  ctx.abort();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

function start(url: string) {
  setUrl(url);
  chips = startListChips(ctx, () => {
    linksRead++;
    return adapters;
  });
}

const ROBIN = '/app/people/candidates/0e6b06f7-b56c-4507-8da1-9567a7bf6d01';
const KAI = '/app/people/candidates/a6d2e51f-a2ac-4b4a-a062-834cec0bab02';

/** A SmartRecruiters-shaped row component: its own open root holds the row and an `<sr-link>`. */
function srRow(href: string, name: string): HTMLElement {
  const row = document.createElement('sr-list-row');
  const root = row.attachShadow({ mode: 'open' });
  root.innerHTML = `<div role="row"><span role="cell"><sr-link data-test="applicant-name" href="${href}">${name}</sr-link></span><span role="cell">Applied</span></div>`;
  // sr-link renders its text through a slot in a root of its own (a link's own root is not read).
  root.querySelector('sr-link')!.attachShadow({ mode: 'open' }).innerHTML = `<a href="${href}" part="link"><slot></slot></a>`;
  return row;
}

describe('a list built from web components', () => {
  it('chips each <sr-link> inside nested open shadow roots, right after it in its own tree, and rows loaded later', async () => {
    start('https://www.smartrecruiters.com/app/people');
    const table = document.createElement('spl-table');
    const tableRoot = table.attachShadow({ mode: 'open' });
    tableRoot.append(srRow(ROBIN, 'Robin Example'));
    document.body.append(table);
    await flushTimers();

    const [first] = hostsIn(document);
    expect(hostsIn(document)).toHaveLength(1);
    const link = first!.previousElementSibling!;
    expect(link.localName).toBe('sr-link');
    expect(link.getRootNode()).toBe(tableRoot.querySelector('sr-list-row')!.shadowRoot);
    FakeIntersectionObserver.all.at(-1)!.show([first!]);
    await flushTimers();
    expect(asked).toEqual([`https://www.smartrecruiters.com${ROBIN}`]);
    expect(roots.get(first!)?.querySelector('button')?.getAttribute('aria-label')).toBe('AI Interview 88');

    // "Load more": a row added inside the table's root, which an observer of the document never sees.
    tableRoot.append(srRow(KAI, 'Kai Specimen'));
    await flushTimers();
    expect(hostsIn(document).map((host) => host.previousElementSibling!.getAttribute('href'))).toEqual([ROBIN, KAI]);
  });

  it('a scroll inside a shadow root is a look at the chips (it never reaches the document)', async () => {
    start('https://www.smartrecruiters.com/app/people');
    const table = document.createElement('spl-table');
    const scroller = document.createElement('div');
    table.attachShadow({ mode: 'open' }).append(scroller);
    scroller.append(srRow(ROBIN, 'Robin Example'));
    document.body.append(table);
    await flushTimers();
    await flushTimers();
    const looks = FakeIntersectionObserver.all.length;
    scroller.dispatchEvent(new Event('scroll'));
    await flushTimers();
    expect(FakeIntersectionObserver.all.length).toBe(looks + 1);
  });

  it('resolves a custom element’s href against the document base; an unknown tag without a hyphen is no link', async () => {
    start('https://www.smartrecruiters.com/app/jobs/1');
    const base = document.createElement('base');
    base.href = 'https://www.smartrecruiters.com/app/people/candidates/';
    document.head.append(base);
    document.body.innerHTML = `<sr-link href="${KAI.split('/').at(-1)}">Kai</sr-link><srlink href="${ROBIN}">Robin</srlink>`;
    await flushTimers();
    base.remove();
    const hosts = hostsIn(document);
    expect(hosts.map((host) => host.previousElementSibling!.localName)).toEqual(['sr-link']);
    FakeIntersectionObserver.all.at(-1)!.show(hosts);
    await flushTimers();
    expect(asked).toEqual([`https://www.smartrecruiters.com${KAI}`]);
  });
});

describe('a page with 10,000 links', { timeout: 60_000 }, () => {
  const LINKS = 10_000;

  it('one pass: a chip per candidate link but a button and a question only for those on screen', async () => {
    start('https://app.greenhouse.io/people?job_id=1');
    document.body.innerHTML = Array.from(
      { length: LINKS },
      (_, i) => `<p><a href="/people/${4_000_000 + i}?application_id=${5_000_000 + i}">C${i}</a></p>`,
    ).join('');
    await flushTimers();
    const hosts = hostsIn(document);
    expect(hosts).toHaveLength(LINKS);
    expect(hosts.filter((host) => roots.get(host)?.querySelector('button'))).toHaveLength(0);
    FakeIntersectionObserver.all.at(-1)!.show(hosts.slice(0, 20));
    await flushTimers();
    expect(hosts.filter((host) => roots.get(host)?.querySelector('button'))).toHaveLength(20);
    expect(asked.length).toBeLessThanOrEqual(20);
    expect(asked.length).toBeGreaterThanOrEqual(MAX_ASKING);
  });

  it('a page change after the first pass reads none of its 10,000 other links again', async () => {
    start('https://app.greenhouse.io/people?job_id=1');
    document.body.innerHTML = Array.from({ length: LINKS }, (_, i) => `<p><a href="/jobs/${i}/setup">Job ${i}</a></p>`).join('') + '<div id="late"></div>';
    await flushTimers();
    expect(linksRead).toBeGreaterThanOrEqual(LINKS);
    linksRead = 0;
    document.getElementById('late')!.textContent = 'changed';
    await flushTimers();
    expect(linksRead).toBe(0);
    expect(hostsIn(document)).toHaveLength(0);
  });
});
