import { describe, expect, it } from 'vitest';
import { classify } from './inbound';

const ownId = 'our-extension-id';
const origin = 'chrome-extension://our-extension-id';
const atsOnly = (url: string) => url.startsWith('https://app.greenhouse.io/');
const detection = { ats: 'greenhouse', ids: [{ key: 'applicationId', value: '5123456002' }], responseIds: ['979554'] };
const contentSender = { id: ownId, url: 'https://app.greenhouse.io/people/1', tab: { id: 7 } as never, frameId: 0 };

describe('classify: who may say what', () => {
  it('accepts a well-formed detection from our content script in the top frame of an ATS tab', () => {
    const inbound = classify({ type: 'page:detected', url: contentSender.url, detection }, contentSender, ownId, origin, atsOnly);
    expect(inbound).toMatchObject({ from: 'content', tabId: 7, message: { type: 'page:detected' } });
  });

  it("takes the page's current address after history.pushState, but only on the sender's own origin", () => {
    const moved = 'https://app.greenhouse.io/people/2?application_id=3';
    expect(classify({ type: 'page:detected', url: moved, detection }, contentSender, ownId, origin, atsOnly)).toMatchObject({ url: moved });
    for (const elsewhere of ['https://evil.example/people/2', 'https://app.greenhouse.io.evil.example/people/2', 'javascript:alert(1)']) {
      expect(classify({ type: 'page:detected', url: elsewhere, detection }, contentSender, ownId, origin, atsOnly)).toBeUndefined();
    }
  });

  it.each([
    ['another extension', { ...contentSender, id: 'someone-else' }],
    ['a sub-frame', { ...contentSender, frameId: 3 }],
    ['a page that is not an ATS', { ...contentSender, url: 'https://evil.example/people/1' }],
    ['no tab', { id: ownId, url: 'https://app.greenhouse.io/people/1', frameId: 0 }],
  ])('drops messages from %s', (_name, sender) => {
    expect(classify({ type: 'page:detected', url: sender.url, detection }, sender, ownId, origin, atsOnly)).toBeUndefined();
  });

  it('does not let a content script use extension-page messages (settings, refresh)', () => {
    for (const message of [{ type: 'settings:get' }, { type: 'settings:save', baseUrl: 'https://evil.example' }, { type: 'tab:refresh', tabId: 1 }]) {
      expect(classify(message, contentSender, ownId, origin, atsOnly)).toBeUndefined();
    }
  });

  it('accepts settings messages from our own pages only', () => {
    const page = { id: ownId, url: `${origin}/options.html` };
    expect(classify({ type: 'settings:get' }, page, ownId, origin, atsOnly)).toMatchObject({ from: 'page' });
    expect(classify({ type: 'settings:get' }, { ...page, url: 'https://app.greenhouse.io/' }, ownId, origin, atsOnly)).toBeUndefined();
  });

  it.each([
    ['an unknown type', { type: 'key:read' }],
    ['not an object', 'page:detected'],
    ['null', null],
    ['a detection without the page address', { type: 'page:detected', detection }],
    ['a bad ats id', { type: 'page:detected', url: contentSender.url, detection: { ...detection, ats: '../x' } }],
    ['ids with markup', { type: 'page:detected', url: contentSender.url, detection: { ...detection, ids: [{ key: 'applicationId', value: '<img src=x>' }] } }],
    ['too many ids', { type: 'page:detected', url: contentSender.url, detection: { ...detection, ids: Array(20).fill(detection.ids[0]) } }],
    ['a non-numeric response id', { type: 'page:detected', url: contentSender.url, detection: { ...detection, responseIds: ['12; DROP'] } }],
    ['an absurdly long email', { type: 'page:detected', url: contentSender.url, detection: { ...detection, emails: [`${'a'.repeat(400)}@example.com`] } }],
    [
      'an email not lower-cased (the content script lower-cases every one)',
      { type: 'page:detected', url: contentSender.url, detection: { ...detection, emails: ['Riley@example.com'] } },
    ],
    [
      'more emails than a profile shows',
      { type: 'page:detected', url: contentSender.url, detection: { ...detection, emails: Array.from({ length: 21 }, (_, i) => `p${i}@example.com`) } },
    ],
    [
      'a forged count of where emails were found',
      { type: 'page:detected', url: contentSender.url, detection: { ...detection, emails: ['a@example.com'], emailsFrom: { text: -1, link: 1e9 } } },
    ],
  ])('drops %s', (_name, message) => {
    expect(classify(message, contentSender, ownId, origin, atsOnly)).toBeUndefined();
  });

  it("takes a batch of list chips only when every link is a page on the sender's own origin, at most ten", () => {
    const item = (url: string) => ({ url, ats: 'greenhouse' });
    const batch = (items: unknown[]) => classify({ type: 'list:score', items, load: 'abcdef123456' }, contentSender, ownId, origin, atsOnly);
    expect(batch([item('https://app.greenhouse.io/people/2'), item('https://app.greenhouse.io/people/3')])).toMatchObject({ from: 'content', tabId: 7 });
    expect(batch([item('https://app.greenhouse.io/people/2'), item('https://evil.example/people/3')])).toBeUndefined();
    expect(batch([])).toBeUndefined();
    expect(batch(Array.from({ length: 11 }, (_, i) => item(`https://app.greenhouse.io/people/${i}`)))).toBeUndefined();
  });
});
