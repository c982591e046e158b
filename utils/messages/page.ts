import * as z from 'zod/mini';
import type { ApiError } from '../api/errors';
import type { Report } from '../api/schemas';
import type { PolicyView } from '../policy';
import type { DeepReadonly } from './readonly';

// Extension pages (side panel, settings) -> background: each message's schema, then what the
// background answers. The pages import these types only (`import type`).

const tabId = z.int().check(z.nonnegative());
const responseId = z.string().check(z.regex(/^\d{1,15}$/));
const baseUrlField = z.string().check(z.maxLength(2048));
const apiKeyField = z.optional(z.string().check(z.maxLength(512)));
const gmtMinute = z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/)));
/** The invite form's values; the custom_field_id is not among them: the worker takes it from the profile. */
const inviteInput = z.object({
  candidateName: z.string().check(z.minLength(1), z.maxLength(200)),
  candidateEmail: z.string().check(z.maxLength(254), z.regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/)),
  aiInterviewId: z.int().check(z.positive()),
  format: z.enum(['getlink', 'sendlink']),
  startDate: gmtMinute,
  expiryDate: gmtMinute,
});

export const pageMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('tab:refresh'), tabId }),
  /** The recruiter says the report on screen is this candidate's after all (the identity warning). */
  z.object({ type: z.literal('tab:confirm-identity'), tabId, responseId }),
  /** The panel's search box: look up a response id or custom field id for this tab. */
  z.object({ type: z.literal('lookup:manual'), tabId, query: z.string().check(z.minLength(1), z.maxLength(200)) }),
  /** The "open in tab" page: one report by response id, from the cache or the API. */
  z.object({ type: z.literal('report:get'), responseId, force: z.optional(z.boolean()) }),
  z.object({ type: z.literal('settings:get') }),
  z.object({ type: z.literal('settings:save'), baseUrl: baseUrlField, apiKey: apiKeyField }),
  z.object({ type: z.literal('settings:test'), baseUrl: baseUrlField, apiKey: apiKeyField }),
  /** Settings, "Your data": forget every cached report, the recent list and what open tabs showed. */
  z.object({ type: z.literal('privacy:clear-data') }),
  /** Settings, "Your data": delete the saved API key. */
  z.object({ type: z.literal('privacy:remove-key') }),
  /** The organisation's policy as the settings page may see it (never the API key's value). */
  z.object({ type: z.literal('policy:get') }),
  /** The side panel's invite form, for the profile on this tab (no report found there). */
  z.object({ type: z.literal('invite:send'), tabId, invite: inviteInput }),
  /** "Share link" on a completed report: a signed URL valid this many hours (Xobin: 1 minute to 24 hours). */
  z.object({ type: z.literal('report:share'), responseId, hours: z.number().check(z.gte(1 / 60), z.lte(24)) }),
]);

export type InviteInput = DeepReadonly<z.infer<typeof inviteInput>>;

export type PageMessage = DeepReadonly<z.infer<typeof pageMessageSchema>>;

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

export type ReportResult = { readonly ok: true; readonly report: Report } | { readonly ok: false; readonly error: ApiError };

/** Why the worker did not send an invite without asking Xobin: turned off, an interview not offered, no longer a profile without a report, or a report already under the profile's id. */
export type InviteRefusal = 'off' | 'interview' | 'not-here' | 'exists';
export type InviteAnswer =
  | { readonly ok: true; readonly invite: { readonly responseId: string; readonly status: string; readonly link?: string } }
  | { readonly ok: false; readonly error: ApiError }
  | { readonly ok: false; readonly refused: InviteRefusal };
export type ShareAnswer =
  | { readonly ok: true; readonly value: { readonly url: string; readonly expiresAt: number } }
  | { readonly ok: false; readonly error: ApiError }
  | { readonly ok: false; readonly refused: 'off' };

export interface PageResponses {
  'tab:refresh': void;
  'tab:confirm-identity': void;
  'lookup:manual': void;
  'report:get': ReportResult;
  'settings:get': SettingsView;
  'settings:save': SaveResult;
  'settings:test': TestResult;
  'privacy:clear-data': ClearDataResult;
  'privacy:remove-key': RemoveKeyResult;
  'policy:get': PolicyView;
  'invite:send': InviteAnswer;
  'report:share': ShareAnswer;
}
