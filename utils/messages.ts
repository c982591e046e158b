import type { Detection } from './ats/types';
import type { ApiError } from './api/errors';
import type { Report } from './api/schemas';
import type { PolicyView } from './policy';
import type { CustomRule } from './rules';

// The one message protocol, grouped by direction. Content scripts import only the types and the
// tiny `send` helpers (no zod); the background parses every payload with utils/background/inbound.ts.

/** Content script -> background. */
export type ContentMessage =
  /** `url`: the page's address now. The sender's URL stays at the document's first address in SPAs. */
  | { readonly type: 'page:detected'; readonly url: string; readonly detection: Detection | null }
  /** `auto`: the recruiter's first click on a candidate page, honoured only with "Open automatically". */
  | { readonly type: 'panel:open'; readonly auto?: boolean }
  /** On a host no shipped adapter covers: which recruiter rules apply here? */
  | { readonly type: 'rules:get' }
  /**
   * A list page's score chip came on screen: `url` is the profile link, `ats` the adapter the content
   * script read it with (checked again by the worker), `load` this page load's random token (the
   * worker's per-page-load lookup cap counts by it).
   */
  | { readonly type: 'list:score'; readonly items: readonly { readonly url: string; readonly ats: string }[]; readonly load: string }
  /** The recruiter clicked a chip: open the panel on that candidate. */
  | { readonly type: 'list:open'; readonly url: string; readonly ats: string }
  /** The recruiter clicked "Show more scores": allow another batch of lookups on this page load. */
  | { readonly type: 'list:more'; readonly load: string };

/** Extension pages (side panel, settings) -> background. */
export type PageMessage =
  | { readonly type: 'tab:refresh'; readonly tabId: number }
  /** The recruiter says the report on screen is this candidate's after all (the identity warning). */
  | { readonly type: 'tab:confirm-identity'; readonly tabId: number; readonly responseId: string }
  /** The panel's search box: look up a response id or custom field id for this tab. */
  | { readonly type: 'lookup:manual'; readonly tabId: number; readonly query: string }
  /** The "open in tab" page: one report by response id, from the cache or the API. */
  | { readonly type: 'report:get'; readonly responseId: string; readonly force?: boolean }
  | { readonly type: 'settings:get' }
  | { readonly type: 'settings:save'; readonly baseUrl: string; readonly apiKey?: string }
  | { readonly type: 'settings:test'; readonly baseUrl: string; readonly apiKey?: string }
  /** Settings, "Your data": forget every cached report, the recent list and what open tabs showed. */
  | { readonly type: 'privacy:clear-data' }
  /** Settings, "Your data": delete the saved API key. */
  | { readonly type: 'privacy:remove-key' }
  /** The organisation's policy as the settings page may see it (never the API key's value). */
  | { readonly type: 'policy:get' };

// Background -> content script: only answers. The in-page launcher shows the same words whatever the
// report says (SECURITY.md, "What the page can learn"). A list chip is told only what it shows (a
// score, an invite status, "none", an error kind), never the report body, and shows it in a closed
// shadow root of one fixed size.

/** What one list chip shows. `limit`: this page load's lookups are used up ("Show more scores"). */
export type ChipResult =
  | { readonly kind: 'score'; readonly score: number }
  | { readonly kind: 'pending'; readonly status: string }
  | { readonly kind: 'none' }
  | { readonly kind: 'error'; readonly error: string }
  | { readonly kind: 'limit' }
  | { readonly kind: 'off' };

export interface SettingsView {
  readonly hasKey: boolean;
  readonly baseUrl: string;
  /** False when the browser did not confirm that content scripts cannot read extension storage. */
  readonly storageIsolated?: boolean;
}

export type SaveResult = { readonly ok: true } | { readonly ok: false; readonly field: 'baseUrl' | 'apiKey'; readonly message: string };

export interface TestResult {
  readonly ok: boolean;
  readonly message: string;
}

/** How much each "Your data" action removed, for the confirmation the page shows. */
export interface ClearDataResult {
  readonly reports: number;
  readonly recent: number;
  readonly tabs: number;
}
export interface RemoveKeyResult {
  readonly removed: boolean;
  /** Reports cached under that key, cleared with it. */
  readonly reports: number;
}

export interface Responses {
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
  'tab:refresh': void;
  'tab:confirm-identity': void;
  'lookup:manual': void;
  'report:get': { readonly ok: true; readonly report: Report } | { readonly ok: false; readonly error: ApiError };
  'settings:get': SettingsView;
  'settings:save': SaveResult;
  'settings:test': TestResult;
  'privacy:clear-data': ClearDataResult;
  'privacy:remove-key': RemoveKeyResult;
  'policy:get': PolicyView;
}

/**
 * Chips asked about in one message (list:score): each runtime message costs the ATS page's main
 * thread about a millisecond (the bench's CPU profile), so the chips on screen ask together.
 */
export const MAX_CHIP_BATCH = 10;
