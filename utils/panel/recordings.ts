import type { CompletedReport } from '../api/schemas';
import { safeHttpUrl } from './safe-url';

export interface SessionLink {
  /** 1-based, in session order. */
  readonly number: number;
  readonly url: string;
  /** Session start (epoch ms) when the key is numeric, as observed in real reports. */
  readonly startedAt?: number;
}

const NUMERIC = /^\d{1,16}$/;

/**
 * Recording keys are opaque: documented `session1`, observed session-start epoch ms. Numeric keys
 * sort by time, the rest keep their order after them. Sessions are numbered before unsafe URLs are
 * dropped, so "Session 2" stays session 2 even when session 1's link is unusable.
 */
export function sessionLinks(recordings: CompletedReport['interview_recording']): SessionLink[] {
  const numeric = recordings.filter(({ key }) => NUMERIC.test(key)).sort((a, b) => Number(a.key) - Number(b.key));
  const other = recordings.filter(({ key }) => !NUMERIC.test(key));
  return [...numeric, ...other].flatMap(({ key, url }, index) => {
    const safe = safeHttpUrl(url);
    if (!safe) return [];
    return [{ number: index + 1, url: safe, ...(NUMERIC.test(key) ? { startedAt: Number(key) } : {}) }];
  });
}

export interface RecordingMoment {
  readonly session: SessionLink;
  /** Seconds into that session's recording. */
  readonly offset: number;
}

/**
 * The recording and offset for a moment of the interview: the last session that started at or
 * before it. Only sessions whose keys are start times can be placed; a moment before the first
 * session has none.
 */
export function momentAt(sessions: readonly SessionLink[], timestamp: number): RecordingMoment | undefined {
  let found: SessionLink | undefined;
  for (const session of sessions) {
    if (session.startedAt !== undefined && session.startedAt <= timestamp && (!found || session.startedAt > (found.startedAt ?? 0))) found = session;
  }
  return found?.startedAt === undefined ? undefined : { session: found, offset: Math.floor((timestamp - found.startedAt) / 1000) };
}
