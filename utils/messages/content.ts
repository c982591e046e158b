import * as z from 'zod/mini';
import { MAX_EMAIL_LENGTH, MAX_PAGE_EMAILS } from '../ats/profile-email';
import { NAME_TEXT } from '../ats/profile-name';
import type { CustomRule } from '../rules';
import { MAX_CHIP_BATCH } from './limits';
import type { DeepReadonly } from './readonly';

// Content script -> background: each message's schema, then what the background answers. Content
// scripts import these types only (`import type`), so their bundle holds no zod.

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
  // Text the page showed as the candidate's name: bounded, no markup or control characters (profile-name.ts).
  name: z.optional(z.string().check(z.regex(NAME_TEXT))),
});

export const contentMessageSchema = z.discriminatedUnion('type', [
  /** `url`: the page's address now. The sender's URL stays at the document's first address in SPAs. */
  z.object({ type: z.literal('page:detected'), url: z.string().check(z.maxLength(4096)), detection: z.nullable(detectionSchema) }),
  /** `auto`: the recruiter's first click on a candidate page, honoured only with "Open automatically". */
  z.object({ type: z.literal('panel:open'), auto: z.optional(z.boolean()) }),
  /** On a host no shipped adapter covers: which recruiter rules apply here? */
  z.object({ type: z.literal('rules:get') }),
  /**
   * A list page's score chip came on screen: `url` is the profile link, `ats` the adapter the content
   * script read it with (checked again by the worker), `load` this page load's random token (the
   * worker's per-page-load lookup cap counts by it).
   */
  z.object({
    type: z.literal('list:score'),
    items: z.array(z.object({ url: pageUrl, ats: atsId })).check(z.minLength(1), z.maxLength(MAX_CHIP_BATCH)),
    load: loadToken,
  }),
  /** The recruiter clicked a chip: open the panel on that candidate. */
  z.object({ type: z.literal('list:open'), url: pageUrl, ats: atsId }),
  /** The recruiter clicked "Show more scores": allow another batch of lookups on this page load. */
  z.object({ type: z.literal('list:more'), load: loadToken }),
]);

export type ContentMessage = DeepReadonly<z.infer<typeof contentMessageSchema>>;

// The answers. The in-page launcher shows the same words whatever the report says (SECURITY.md, "What
// the page can learn"). A list chip is told only what it shows (a score, an invite status, "none", an
// error kind), never the report body, and shows it in a closed shadow root of one fixed size.

/** What one list chip shows. `limit`: this page load's lookups are used up ("Show more scores"). */
export type ChipResult =
  | { readonly kind: 'score'; readonly score: number }
  | { readonly kind: 'pending'; readonly status: string }
  | { readonly kind: 'none' }
  | { readonly kind: 'error'; readonly error: string }
  | { readonly kind: 'limit' }
  | { readonly kind: 'off' };

export interface ContentResponses {
  /** Whether this page's first click may open the panel ("Open automatically"), decided now, not at the click. */
  'page:detected': {
    readonly autoOpen: boolean;
    readonly listScores?: boolean;
    /** A page nothing recognised: the recruiter's rules for its URL (e.g. a new shape on a shipped host). */
    readonly rules?: readonly CustomRule[];
  };
  'panel:open': { readonly opened: boolean };
  'rules:get': readonly CustomRule[];
  /** One answer per item, in their order. */
  'list:score': readonly ChipResult[];
  'list:open': { readonly opened: boolean };
  'list:more': { readonly allowed: number };
}
