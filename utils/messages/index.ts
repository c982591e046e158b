import type { ContentMessage, ContentResponses } from './content';
import type { PageMessage, PageResponses } from './page';

// The one message protocol, grouped by direction: content.ts (content script -> background) and
// page.ts (extension pages -> background), each message's zod schema once with its answer next to
// it. This module re-exports only types and a constant, so a content script importing from here
// bundles no zod; the background parses every payload with those schemas (utils/background/inbound.ts).

export type { ChipResult, ContentMessage, ContentResponses } from './content';
export type {
  ClearDataResult,
  InviteAnswer,
  InviteInput,
  InviteRefusal,
  PageMessage,
  PageResponses,
  RemoveKeyResult,
  ReportResult,
  SaveResult,
  SettingsView,
  ShareAnswer,
  TestResult,
} from './page';
export { MAX_CHIP_BATCH } from './limits';

export type Message = ContentMessage | PageMessage;
export type Responses = ContentResponses & PageResponses;

/** What the background knows of a content script's message besides the message: the checked sender. */
export interface ContentContext {
  readonly tabId: number;
  /** The page's address (the sender's, or the one page:detected reports on the sender's origin). */
  readonly url: string;
}

/** One handler per content message: `tsc` fails when one answers anything but its declared response. */
export type ContentHandlers = {
  readonly [K in ContentMessage['type']]: (message: Extract<ContentMessage, { type: K }>, context: ContentContext) => Promise<ContentResponses[K]>;
};
/** One handler per page message, checked the same way. */
export type PageHandlers = {
  readonly [K in PageMessage['type']]: (message: Extract<PageMessage, { type: K }>) => Promise<PageResponses[K]>;
};
