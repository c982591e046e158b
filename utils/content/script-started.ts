import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';

/** The event's name as WXT's context listens for it (private in its types, so it stays in step with WXT). */
export const SCRIPT_STARTED: string = ContentScriptContext['SCRIPT_STARTED_MESSAGE_TYPE'];

/** Where this copy leaves its stop: a global of the content script's own world, which no page script sees. */
const STOP = Symbol.for('xobin-ai-interview:stop');
const world = globalThis as { [STOP]?: () => void };

/**
 * One copy of the content script per page, and no page script can stop it.
 *
 * WXT invalidates a copy when a newer one starts in the same tab: the newer copy dispatches a
 * CustomEvent on `document`. A page script can dispatch the same event (its name is our store id, the
 * entrypoint's name and a fixed suffix; its `detail` reaches our world), and one forged event took the
 * button and the chips off the page for good. The event is therefore stopped at the window, before
 * WXT's listener on `document`, while this copy's extension is alive; two real cases remain:
 * - an update or reload: the new copy runs in a new world, and this one is orphaned (`runtime.id` is
 *   gone, what WXT's own `isInvalid` checks): the event goes through and this copy stops;
 * - a second copy while the extension is alive (the worker puts the script into open ATS tabs at
 *   install, which races with a tab that was still loading): it runs in this same world and stops this
 *   copy through the world's global, out of the page's reach.
 */
export function oneCopyPerPage(ctx: ContentScriptContext): void {
  world[STOP]?.();
  world[STOP] = () => ctx.abort('a newer copy of the content script started');
  ctx.addEventListener(
    window,
    SCRIPT_STARTED,
    (event) => {
      if (browser.runtime?.id) event.stopImmediatePropagation();
    },
    { capture: true },
  );
}
