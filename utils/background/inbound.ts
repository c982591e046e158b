import * as z from 'zod/mini';
import type { Browser } from 'wxt/browser';
import { MAX_CHIP_BATCH, type ContentMessage, type PageMessage } from '../messages';
import { MAX_EMAIL_LENGTH, MAX_PAGE_EMAILS } from '../ats/profile-email';

// Every message is parsed here before anything acts on it: who sent it, then what it says.

const shortId = z.string().check(z.minLength(1), z.maxLength(200), z.regex(/^[\w.@:+-]+$/));
const atsId = z.string().check(z.minLength(1), z.maxLength(40), z.regex(/^[a-z0-9-]+$/));
const pageUrl = z.string().check(z.maxLength(4096), z.regex(/^https?:\/\//));
const loadToken = z.string().check(z.regex(/^[a-z0-9]{8,40}$/));
const pageCount = z.int().check(z.nonnegative(), z.maximum(MAX_PAGE_EMAILS));
const detectionSchema = z.object({
  ats: atsId,
  ids: z.array(z.object({ key: z.string().check(z.regex(/^[a-zA-Z]\w{0,39}$/)), value: shortId })).check(z.minLength(1), z.maxLength(8)),
  responseIds: z.array(z.string().check(z.regex(/^\d{1,15}$/))).check(z.maxLength(8)),
  // Lower-cased addresses only (the worker compares them as sent): an upper-case one is a forged claim.
  emails: z.optional(z.array(z.string().check(z.maxLength(MAX_EMAIL_LENGTH), z.regex(/^[a-z0-9._%+-]+@[a-z0-9.-]+$/))).check(z.maxLength(MAX_PAGE_EMAILS))),
  emailsFrom: z.optional(z.object({ text: pageCount, link: pageCount })),
});

export const contentMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('page:detected'), url: z.string().check(z.maxLength(4096)), detection: z.nullable(detectionSchema) }),
  z.object({ type: z.literal('panel:open'), auto: z.optional(z.boolean()) }),
  z.object({ type: z.literal('rules:get') }),
  z.object({
    type: z.literal('list:score'),
    items: z.array(z.object({ url: pageUrl, ats: atsId })).check(z.minLength(1), z.maxLength(MAX_CHIP_BATCH)),
    load: loadToken,
  }),
  z.object({ type: z.literal('list:open'), url: pageUrl, ats: atsId }),
  z.object({ type: z.literal('list:more'), load: loadToken }),
]);

const baseUrlField = z.string().check(z.maxLength(2048));
const apiKeyField = z.optional(z.string().check(z.maxLength(512)));
export const pageMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('tab:refresh'), tabId: z.int().check(z.nonnegative()) }),
  z.object({ type: z.literal('tab:confirm-identity'), tabId: z.int().check(z.nonnegative()), responseId: z.string().check(z.regex(/^\d{1,15}$/)) }),
  z.object({ type: z.literal('lookup:manual'), tabId: z.int().check(z.nonnegative()), query: z.string().check(z.minLength(1), z.maxLength(200)) }),
  z.object({ type: z.literal('report:get'), responseId: z.string().check(z.regex(/^\d{1,15}$/)), force: z.optional(z.boolean()) }),
  z.object({ type: z.literal('settings:get') }),
  z.object({ type: z.literal('settings:save'), baseUrl: baseUrlField, apiKey: apiKeyField }),
  z.object({ type: z.literal('settings:test'), baseUrl: baseUrlField, apiKey: apiKeyField }),
  z.object({ type: z.literal('privacy:clear-data') }),
  z.object({ type: z.literal('privacy:remove-key') }),
  z.object({ type: z.literal('policy:get') }),
]);

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
