import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { oneCopyPerPage, SCRIPT_STARTED } from './script-started';

let ctx: ContentScriptContext;
beforeEach(() => {
  fakeBrowser.reset();
  ctx = new ContentScriptContext('ats');
  oneCopyPerPage(ctx);
});
afterEach(() => ctx.abort());

/** What a newer copy of the script dispatches, or a page script that knows our store id. */
const scriptStarted = (target: EventTarget = document) =>
  target.dispatchEvent(new CustomEvent(SCRIPT_STARTED, { detail: { contentScriptName: 'ats', messageId: 'newer' }, bubbles: true }));

describe('oneCopyPerPage', () => {
  it('keeps the script alive through a "script started" event while its extension is alive (a page can forge one)', () => {
    expect(SCRIPT_STARTED).toBe('test-extension-id:undefined:wxt:content-script-started'); // what WXT listens for (no entrypoint in unit tests)
    scriptStarted();
    scriptStarted(document.body);
    expect(ctx.signal.aborted).toBe(false);
  });

  it('lets it through once the script is orphaned (extension updated or reloaded): the newer copy replaces it', () => {
    (fakeBrowser.runtime as { id?: string }).id = undefined;
    scriptStarted();
    expect(ctx.signal.aborted).toBe(true);
  });

  it('a second copy in the same world (injected again while the extension is alive) stops the first', () => {
    const second = new ContentScriptContext('ats');
    oneCopyPerPage(second);
    expect([ctx.signal.aborted, second.signal.aborted]).toEqual([true, false]);
    second.abort();
  });
});
