import type { LookupBy } from './api/constants';
import type { ApiError } from './api/errors';
import type { Report } from './api/schemas';

/** One lookup the background will try, with where its id came from (shown to the recruiter). */
export interface Lookup {
  readonly by: LookupBy;
  readonly value: string;
  /** e.g. "Greenhouse application", "a Xobin link on the profile". */
  readonly source: string;
}

/** What the badge and the recent list need, so neither reads a multi-megabyte report for it. */
export interface ReportSummary {
  readonly responseId: string;
  readonly status: 'completed' | 'pending';
  readonly inviteStatus: string;
  readonly score?: number;
  /** A completed report whose score is out of range: the badge must not read it as not completed. */
  readonly scoreInvalid?: true;
  readonly name?: string;
  readonly interview?: string;
  /** For the identity check on the badge: whose report this is, as Xobin says. */
  readonly email?: string;
  readonly customFieldId?: string;
  /** The AI interview it belongs to: watched reports of one interview are re-checked in one request. */
  readonly aiInterviewId?: string;
}

export function summarize(report: Report): ReportSummary {
  return {
    responseId: report.response_id,
    status: report.status,
    inviteStatus: report.invite_status,
    score: report.status === 'completed' && report.score !== 'invalid' ? report.score : undefined,
    ...(report.status === 'completed' && report.score === 'invalid' ? { scoreInvalid: true as const } : {}),
    name: report.candidate_name ?? report.candidate_email,
    interview: report.ai_interview_name,
    ...(report.candidate_email ? { email: report.candidate_email } : {}),
    ...(report.custom_field_id ? { customFieldId: report.custom_field_id } : {}),
    ...(report.ai_interview_id ? { aiInterviewId: report.ai_interview_id } : {}),
  };
}

export type TabResult =
  | { readonly kind: 'report'; readonly cacheKey: string; readonly lookup: Lookup; readonly summary?: ReportSummary }
  | { readonly kind: 'error'; readonly error: ApiError; readonly tried: readonly Lookup[] }
  /** Too many lookups (utils/background/budget.ts): nothing asked until `resumeAt`, or the recruiter's Refresh. */
  | { readonly kind: 'paused'; readonly resumeAt: number; readonly scope: 'tab' | 'all' };

/** An adapter (shipped, or a recruiter's rule) whose hosts include a page's URL: for "Why no report?". */
export interface HostAdapter {
  readonly id: string;
  readonly name: string;
  /** A rule's URL pattern and selector; a shipped adapter's shapes are the panel's (utils/ats/shapes.ts). */
  readonly shapes?: readonly string[];
  /** A rule's template, so a rule made from the diagnostics can ask for ids the same way. */
  readonly template?: string;
}

/** What the extension knows about one tab. Lives in session storage so a restarted worker keeps it. */
export interface TabState {
  readonly v: 1;
  readonly tabId: number;
  /** Changes whenever the candidate on the tab changes; results for an older navId are dropped. */
  readonly navId: string;
  readonly url: string;
  readonly ats?: string;
  readonly atsName?: string;
  /** The email addresses in the candidate's part of the page (Detection.emails). */
  readonly emails?: readonly string[];
  /** How many of them were read from text and how many from links (the panel's "Why no report?"). */
  readonly emailsFrom?: { readonly text: number; readonly link: number };
  /** The candidate's name as the page shows it (Detection.name): the invite form's prefill only. */
  readonly name?: string;
  /** The response id the recruiter said is this candidate's despite the identity warning. */
  readonly confirmed?: string;
  readonly lookups: readonly Lookup[];
  readonly phase: 'no-candidate' | 'loading' | 'ready';
  /** no-candidate only: the adapters covering this host that did not recognise the page. */
  readonly hostAdapters?: readonly HostAdapter[];
  readonly result?: TabResult;
  /** The lookups came from the recruiter's search, not from the page. */
  readonly manual?: boolean;
  /** True while a stale cached report is being refreshed behind the scenes. */
  readonly refreshing?: boolean;
  readonly updatedAt: number;
}

export interface CacheEntry {
  readonly v: 1;
  readonly fetchedAt: number;
  readonly report: Report;
  /**
   * Set for a long interview: `report.conversation` holds only its first messages (what the panel's
   * first screen shows) and the whole conversation, this many messages, is stored on its own
   * (storage.ts conversationItem), so opening the report never waits for a multi-megabyte read.
   */
  readonly conversationTotal?: number;
}
