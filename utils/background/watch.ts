import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { fetchInvited } from '../api/actions';
import type { ApiError } from '../api/errors';
import { t } from '../i18n';
import { notifyCompletedItem, watchedItem, type WatchedReport } from '../storage';
import type { ReportSummary, TabState } from '../tab-state';
import { tabIdentityProblem } from '../panel/identity';
import type { RequestQueue } from './queue';
import { getReport, type ResolveDeps } from './resolver';
import { watchListSecret } from './secret';
import { reportsToFetch, type InvitedCheck } from './watch-batch';

export const WATCH_ALARM = 'watch-pending';
export const WATCH_PERIOD_MINUTES = 10;
export const MAX_WATCHED = 50;
/** Two weeks, then no longer watched: interviews nobody takes must not fill the 50 places (opening the profile still finds the report). */
export const WATCH_MAX_AGE_MS = 14 * 24 * 60 * 60 * 1000;
const NOTIFICATION_PREFIX = 'watch:';
const RESPONSE_ID = /^\d{1,15}$/;

export type CheckOutcome = { ok: true; summary: ReportSummary } | { ok: false; error: ApiError };
/** One fresh look at a report by response id, as the background would fetch it. */
export type Check = (responseId: string) => Promise<CheckOutcome>;
/** What a round may ask: one report, or everyone invited to one AI interview. */
export interface Checks {
  readonly report: Check;
  readonly invited: InvitedCheck;
}

// Read back from storage, so checked like any other stored object; a bad entry is dropped, not trusted.
const entrySchema = z.object({
  responseId: z.string().check(z.regex(RESPONSE_ID)),
  lookup: z.object({ by: z.enum(['response_id', 'custom_field_id']), value: z.string().check(z.maxLength(200)) }),
  addedAt: z.number(),
  aiInterviewId: z.optional(z.string().check(z.regex(RESPONSE_ID))),
  mac: z.string(),
});

type Signer = (entry: Omit<WatchedReport, 'mac'>) => Promise<string>;

/**
 * Firefox content scripts can write storage.local, so an entry counts only with the worker's HMAC
 * (its secret is in the extension origin's IndexedDB, secret.ts). A planted entry would otherwise
 * have the alarm look up ids of a page's choosing with the recruiter's key every 10 minutes. The
 * interview id is signed too (else a page could have the worker list an interview of its choosing);
 * an entry without one signs the bytes version 1 signed, so lists from before it still verify.
 */
async function signer(): Promise<Signer> {
  const hex = await watchListSecret();
  const bytes = new Uint8Array(hex.match(/../g)!.map((pair) => parseInt(pair, 16)));
  const key = await crypto.subtle.importKey('raw', bytes, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return async ({ responseId, lookup, addedAt, aiInterviewId }) => {
    const fields = [responseId, lookup.by, lookup.value, addedAt, ...(aiInterviewId === undefined ? [] : [aiInterviewId])];
    const data = new TextEncoder().encode(JSON.stringify(fields));
    return Array.from(new Uint8Array(await crypto.subtle.sign('HMAC', key, data)), (byte) => byte.toString(16).padStart(2, '0')).join('');
  };
}

export async function readWatched(): Promise<WatchedReport[]> {
  const raw = await watchedItem.getValue();
  if (!Array.isArray(raw) || raw.length === 0) return [];
  const check = await signer();
  const verdicts = await Promise.all(raw.map(async (entry) => entrySchema.safeParse(entry).success && (await check(entry)) === entry.mac));
  return raw.filter((_entry, index) => verdicts[index]);
}

// Tab changes, alarm rounds and the settings page all edit the list: one read-modify-write at a time.
// Each starts from the entries the worker signed.
function mutate(update: (list: WatchedReport[]) => Promise<WatchedReport[] | undefined> | WatchedReport[] | undefined): Promise<WatchedReport[]> {
  return watchedItem.update(update, { read: readWatched });
}

const fresh = (list: WatchedReport[], now: number) => list.filter((entry) => now - entry.addedAt < WATCH_MAX_AGE_MS);

/** Tab-state subscriber: a pending report on screen is watched; one seen completed is not any more. */
export async function watchFromTab(state: TabState | null, now = Date.now()): Promise<void> {
  if (state?.phase !== 'ready' || state.result?.kind !== 'report' || !state.result.summary) return;
  const { summary, lookup } = state.result;
  // Someone else's pending interview (a planted link) is not watched, unless the recruiter confirmed it.
  if (summary.status !== 'completed' && tabIdentityProblem(state)) return;
  if (summary.status === 'completed') {
    await mutate((list) =>
      list.some((entry) => entry.responseId === summary.responseId) ? list.filter((entry) => entry.responseId !== summary.responseId) : undefined,
    );
    return;
  }
  await watchReport({ responseId: summary.responseId, lookup: { by: lookup.by, value: lookup.value }, aiInterviewId: summary.aiInterviewId }, now);
}

/** Watches a pending report the worker itself found or created (a tab's report, an invite). */
export async function watchReport(entry: Omit<WatchedReport, 'addedAt' | 'mac'>, now = Date.now()): Promise<void> {
  const { responseId, lookup } = entry;
  if (!RESPONSE_ID.test(responseId) || !(await notifyCompletedItem.getValue())) return;
  // An id the schema would refuse on reading back is not stored: the report is then checked alone.
  const aiInterviewId = entry.aiInterviewId && RESPONSE_ID.test(entry.aiInterviewId) ? entry.aiInterviewId : undefined;
  const list = await mutate(async (current) => {
    if (current.some((known) => known.responseId === responseId)) return undefined;
    // Oldest first, so the cap drops the report the recruiter looked at longest ago.
    const added = { responseId, lookup, addedAt: now, ...(aiInterviewId ? { aiInterviewId } : {}) };
    return [...fresh(current, now), { ...added, mac: await (await signer())(added) }].slice(-MAX_WATCHED);
  });
  if (list.length > 0) await ensureAlarm();
}

/**
 * One alarm round, through the queue: reports of one interview are asked about in one invited
 * request (watch-batch.ts), the rest one by one; completed ones notify and leave.
 */
export async function checkWatched(checks: Checks, now = Date.now()): Promise<void> {
  if (!(await notifyCompletedItem.getValue())) return clearWatched();
  const done = new Set<string>();
  await Promise.all(
    (await reportsToFetch(fresh(await readWatched(), now), checks.invited)).map(async ({ responseId }) => {
      const outcome = await checks.report(responseId).catch(() => null);
      if (outcome?.ok && outcome.summary.status === 'completed') {
        done.add(responseId);
        await notify(outcome.summary).catch(() => undefined);
      } else if (outcome?.ok === false && outcome.error.kind === 'not-found') {
        done.add(responseId); // Deleted on Xobin: it will never complete.
      }
      // Anything else (offline, rate-limited, no key) is tried again next round.
    }),
  );
  const left = await mutate((list) => fresh(list, now).filter((entry) => !done.has(entry.responseId)));
  if (left.length === 0) await browser.alarms.clear(WATCH_ALARM);
  else await ensureAlarm();
}

export async function clearWatched(): Promise<void> {
  await mutate(() => []);
  await browser.alarms.clear(WATCH_ALARM);
}

async function ensureAlarm(): Promise<void> {
  // A one-off alarm (a test firing a round early) is replaced by the periodic one.
  const existing = await browser.alarms.get(WATCH_ALARM);
  if (!existing?.periodInMinutes) browser.alarms.create(WATCH_ALARM, { delayInMinutes: WATCH_PERIOD_MINUTES, periodInMinutes: WATCH_PERIOD_MINUTES });
}

/** The name and score come from the report fetched just now; nothing about it was stored. */
async function notify(summary: ReportSummary): Promise<void> {
  const name = summary.name ?? t('watchUnnamed', summary.responseId);
  await browser.notifications.create(`${NOTIFICATION_PREFIX}${summary.responseId}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t('watchNotifyTitle'),
    message: summary.score === undefined ? t('watchNotifyMessageNoScore', name) : t('watchNotifyMessage', name, summary.score),
  });
}

/** A click opens the report in the full-width "open in tab" page. */
export async function onNotificationClicked(notificationId: string): Promise<void> {
  const responseId = notificationId.startsWith(NOTIFICATION_PREFIX) ? notificationId.slice(NOTIFICATION_PREFIX.length) : '';
  if (!RESPONSE_ID.test(responseId)) return;
  await browser.notifications.clear(notificationId);
  await browser.tabs.create({ url: browser.runtime.getURL(`/sidepanel.html?responseId=${responseId}` as '/sidepanel.html') });
}

/** Checks go through the queue at background priority, one attempt each: the next round retries. */
export function queuedCheck(config: ResolveDeps['config'], queue: RequestQueue): Checks {
  const deps = { config, client: { fetch: queue.fetchFor('watch'), maxAttempts: 1 } } satisfies ResolveDeps;
  return {
    report: async (responseId) => {
      const current = await config();
      if (!current.apiKey) return { ok: false, error: { kind: 'no-key' } };
      return getReport({ by: 'response_id', value: responseId }, current, deps, { force: true, unmetered: true, priority: 'watch' });
    },
    invited: async (aiInterviewId) => fetchInvited(aiInterviewId, await config(), deps.client),
  };
}

/** Registered at worker start, so a worker woken by the alarm or a click hears it. */
export function wireWatch(checks: Checks): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === WATCH_ALARM) void checkWatched(checks);
  });
  browser.notifications.onClicked.addListener((id) => void onNotificationClicked(id));
  notifyCompletedItem.watch((on) => {
    if (!on) void clearWatched();
  });
  // Alarms are not guaranteed to survive a browser restart; the list is.
  void readWatched().then((list) => (list.length > 0 ? ensureAlarm() : undefined));
}
