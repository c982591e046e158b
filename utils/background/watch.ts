import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import type { ApiError } from '../api/errors';
import { t } from '../i18n';
import { notifyCompletedItem, watchedItem, type WatchedReport } from '../storage';
import type { ReportSummary, TabState } from '../tab-state';
import type { RequestQueue } from './queue';
import { getReport, type ResolveDeps } from './resolver';

export const WATCH_ALARM = 'watch-pending';
export const WATCH_PERIOD_MINUTES = 10;
export const MAX_WATCHED = 50;
export const WATCH_MAX_AGE_MS = 14 * 24 * 60 * 60 * 1000;
const NOTIFICATION_PREFIX = 'watch:';
const RESPONSE_ID = /^\d{1,15}$/;

export type CheckOutcome = { ok: true; summary: ReportSummary } | { ok: false; error: ApiError };
/** One fresh look at a report by response id, as the background would fetch it. */
export type Check = (responseId: string) => Promise<CheckOutcome>;

// Read back from storage, so checked like any other stored object; a bad entry is dropped, not trusted.
const entrySchema = z.object({
  responseId: z.string().check(z.regex(RESPONSE_ID)),
  lookup: z.object({ by: z.enum(['response_id', 'custom_field_id']), value: z.string().check(z.maxLength(200)) }),
  addedAt: z.number(),
});

export async function readWatched(): Promise<WatchedReport[]> {
  const raw = await watchedItem.getValue();
  return Array.isArray(raw) ? raw.filter((entry) => entrySchema.safeParse(entry).success) : [];
}

// Tab changes, alarm rounds and the settings page all edit the list: one read-modify-write at a time.
let chain: Promise<unknown> = Promise.resolve();
function mutate(update: (list: WatchedReport[]) => WatchedReport[] | undefined): Promise<WatchedReport[]> {
  const run = chain.then(async () => {
    const current = await readWatched();
    const next = update(current);
    if (next) await watchedItem.setValue(next);
    return next ?? current;
  });
  chain = run.catch(() => undefined);
  return run;
}

const fresh = (list: WatchedReport[], now: number) => list.filter((entry) => now - entry.addedAt < WATCH_MAX_AGE_MS);

/** Tab-state subscriber: a pending report on screen is watched; one seen completed is not any more. */
export async function watchFromTab(state: TabState | null, now = Date.now()): Promise<void> {
  if (state?.phase !== 'ready' || state.result?.kind !== 'report' || !state.result.summary) return;
  const { summary, lookup } = state.result;
  if (summary.status === 'completed') {
    await mutate((list) => (list.some((entry) => entry.responseId === summary.responseId) ? list.filter((entry) => entry.responseId !== summary.responseId) : undefined));
    return;
  }
  if (!RESPONSE_ID.test(summary.responseId) || !(await notifyCompletedItem.getValue())) return;
  const list = await mutate((current) => {
    if (current.some((entry) => entry.responseId === summary.responseId)) return undefined;
    // Oldest first, so the cap drops the report the recruiter looked at longest ago.
    const entry: WatchedReport = { responseId: summary.responseId, lookup: { by: lookup.by, value: lookup.value }, addedAt: now };
    return [...fresh(current, now), entry].slice(-MAX_WATCHED);
  });
  if (list.length > 0) await ensureAlarm();
}

/** One alarm round: every watched report once, through the queue; completed ones notify and leave. */
export async function checkWatched(check: Check, now = Date.now()): Promise<void> {
  if (!(await notifyCompletedItem.getValue())) return clearWatched();
  const done = new Set<string>();
  await Promise.all(
    fresh(await readWatched(), now).map(async ({ responseId }) => {
      const outcome = await check(responseId).catch(() => null);
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
export function queuedCheck(config: ResolveDeps['config'], queue: RequestQueue): Check {
  const deps: ResolveDeps = { config, client: { fetch: queue.fetchFor('watch'), maxAttempts: 1 } };
  return async (responseId) => {
    const current = await config();
    if (!current.apiKey) return { ok: false, error: { kind: 'no-key' } };
    return getReport({ by: 'response_id', value: responseId }, current, deps, { force: true, unmetered: true, priority: 'watch' });
  };
}

/** Registered at worker start, so a worker woken by the alarm or a click hears it. */
export function wireWatch(check: Check): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === WATCH_ALARM) void checkWatched(check);
  });
  browser.notifications.onClicked.addListener((id) => void onNotificationClicked(id));
  notifyCompletedItem.watch((on) => {
    if (!on) void clearWatched();
  });
  // Alarms are not guaranteed to survive a browser restart; the list is.
  void readWatched().then((list) => (list.length > 0 ? ensureAlarm() : undefined));
}
