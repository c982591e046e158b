import type { Browser } from 'wxt/browser';
import type { ContentMessage, PageMessage } from '../messages';
import { contentMessageSchema } from '../messages/content';
import { pageMessageSchema } from '../messages/page';

// Every message is parsed here before anything acts on it: who sent it, then what it says (the
// schemas are the protocol's own, in utils/messages/).

export type Inbound = { from: 'content'; tabId: number; url: string; message: ContentMessage } | { from: 'page'; message: PageMessage };

/**
 * Accepts a message only from this extension: its own pages (any extension URL) or its content
 * script in the top frame of a tab whose URL the caller accepts. Anything else is dropped silently.
 */
export function classify(
  raw: unknown,
  sender: Browser.runtime.MessageSender,
  ownId: string,
  extensionOrigin: string,
  isAllowedPage: (url: string) => boolean,
): Inbound | undefined {
  // isAllowedPage covers the shipped ATS hosts and the hosts of the recruiter's rules.
  if (sender.id !== ownId) return undefined;
  const senderUrl = sender.url ?? '';
  if (senderUrl.startsWith(extensionOrigin)) {
    const parsed = pageMessageSchema.safeParse(raw);
    return parsed.success ? { from: 'page', message: parsed.data } : undefined;
  }
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0 || sender.frameId !== 0 || !isAllowedPage(senderUrl)) return undefined;
  const parsed = contentMessageSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  // After history.pushState the sender's URL is stale; the page's own address counts, but only on
  // the sender's origin and only where detection is allowed.
  const url = parsed.data.type === 'page:detected' ? parsed.data.url : senderUrl;
  if (url !== senderUrl && (!sameOrigin(url, senderUrl) || !isAllowedPage(url))) return undefined;
  // A list chip's link: on the page's own origin, where detection is allowed (it names the candidate).
  const links = parsed.data.type === 'list:score' ? parsed.data.items.map((item) => item.url) : parsed.data.type === 'list:open' ? [parsed.data.url] : [];
  if (links.some((link) => !sameOrigin(link, senderUrl) || !isAllowedPage(link))) return undefined;
  return { from: 'content', tabId, url, message: parsed.data };
}

function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}
