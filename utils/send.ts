import { browser } from 'wxt/browser';
import type { ContentMessage, PageMessage, Responses } from './messages';

/** Typed runtime.sendMessage: the response type follows from the message type. */
export function sendToBackground<M extends ContentMessage | PageMessage>(message: M): Promise<Responses[M['type']]> {
  return browser.runtime.sendMessage(message) as Promise<Responses[M['type']]>;
}
