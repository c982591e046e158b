import { browser } from 'wxt/browser';
import type { Message, Responses } from './messages';

/** Typed runtime.sendMessage: the answer's type is the one the background's handler table is checked against. */
export function sendToBackground<M extends Message>(message: M): Promise<Responses[M['type']]> {
  return browser.runtime.sendMessage(message) as Promise<Responses[M['type']]>;
}
