import { browser, type Browser } from 'wxt/browser';
import type { ContentHandlers, PageHandlers, PageMessage } from '../messages';
import { classify, type Inbound } from './inbound';
import type { RuleHosts } from './rule-hosts';

/**
 * runtime.onMessage: who sent it and what it says (inbound.ts), then its handler. Chrome's native
 * onMessage ignores a returned promise (the worker has no polyfill, see
 * utils/content/native-browser.ts): answer through sendResponse and keep the channel open.
 */
export function createMessageListener(content: ContentHandlers, page: PageHandlers, ruleHosts: RuleHosts) {
  // The extension's own pages: compare by URL prefix (URL.origin is "null" for extension schemes in some engines).
  const classifyFor = (raw: unknown, sender: Browser.runtime.MessageSender, isAllowedPage: (url: string) => boolean) =>
    classify(raw, sender, browser.runtime.id, browser.runtime.getURL('/'), isAllowedPage);
  // One cast for the whole table: TypeScript cannot tie a union message to its own handler's key.
  const onContent = ({ message, tabId, url }: Extract<Inbound, { from: 'content' }>): Promise<unknown> =>
    content[message.type](message as never, { tabId, url });
  const onPage = (message: PageMessage): Promise<unknown> => page[message.type](message as never);

  function onMessage(raw: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> | undefined {
    const inbound = classifyFor(raw, sender, ruleHosts.isKnownPage);
    if (inbound) return inbound.from === 'content' ? onContent(inbound) : onPage(inbound.message);
    // A worker woken by this very message may not have read the rules yet: retry once they are in.
    if (sender.tab && sender.id === browser.runtime.id) {
      // Except a click on our button: it must open the panel now, before any await loses the gesture.
      // Chrome attributes sender.id only to our own content scripts, which run only where we put them
      // (shipped hosts, hosts of granted rules), and opening the panel gives the page nothing.
      if (!ruleHosts.loaded() && isPanelOpen(raw)) {
        const early = classifyFor(raw, sender, isHttpsPage);
        if (early?.from === 'content') return onContent(early);
      }
      return ruleHosts.ready.then(() => {
        const again = classifyFor(raw, sender, ruleHosts.isKnownPage);
        return again?.from === 'content' ? onContent(again) : undefined;
      });
    }
    return undefined;
  }

  return function answerBySendResponse(
    raw: unknown,
    sender: Browser.runtime.MessageSender,
    sendResponse?: (answer: unknown) => void,
  ): true | Promise<unknown> | undefined {
    const answer = onMessage(raw, sender);
    if (!answer || !sendResponse) return answer; // no channel to answer on (WXT's in-memory test browser): the promise
    answer.then(sendResponse, () => sendResponse(undefined));
    return true;
  };
}

function isPanelOpen(raw: unknown): boolean {
  const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
  return type === 'panel:open' || type === 'list:open';
}

function isHttpsPage(url: string): boolean {
  return url.startsWith('https://');
}
