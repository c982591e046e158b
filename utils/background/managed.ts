import { browser } from 'wxt/browser';
import { policyCopyItem } from './secret';

// Reading the managed area (the admin's policy) without stalling the worker. In Chromium the area is
// not there for the first seconds after the browser starts (its policy service is initialising), and
// a get() made too early may never answer at all (w3c/webextensions#547, ghostery-extension#3367 and
// privacybadger#2982 describe the same in the field). A worker waiting on it did nothing meanwhile:
// no badge, no chips, no lookups. So:
//   - while no read has answered, it is asked again (any attempt may be the one that answers);
//   - after GRACE_MS without an answer, the policy read last time stands in, and the live answer,
//     when it comes, replaces it (a difference is applied like any policy change);
//   - with no copy yet (the first start), the worker waits for the live answer up to WAIT_MS, then
//     runs with no policy until it comes.
// The copy can hold the admin's API key, so it lives where the recruiter's key lives (secret.ts).

export type ManagedArea = Record<string, unknown>;

/** A managed read answers within a few ms once the browser is up; past this, the copy stands in. */
export const GRACE_MS = 300;
/** With no copy to stand in: how long the first start waits for the policy before it runs without. */
export const WAIT_MS = 10_000;
/** When to ask again (ms after the first attempt) while no attempt has answered. */
export const RETRY_AT_MS = [400, 1_000, 2_000, 4_000, 8_000, 15_000, 30_000, 60_000];

export interface ManagedRead {
  /** What to use now: the live area, or the last copy (or nothing) while the live one is late. */
  readonly area: ManagedArea;
  /** Only when `area` stood in for a late answer: the live area, once it has come. */
  readonly late?: Promise<ManagedArea>;
}

export async function readManagedArea(): Promise<ManagedRead> {
  const live = liveArea();
  const first = await Promise.race([live, delay(GRACE_MS)]);
  if (first) return { area: first };
  const copy = await readCopy();
  if (copy) return { area: copy, late: live };
  const waited = await Promise.race([live, delay(WAIT_MS - GRACE_MS)]);
  return waited ? { area: waited } : { area: {}, late: live };
}

/** The live managed area: the first answer of repeated attempts. A refusal (Firefox, no policy) is an empty area. */
function liveArea(): Promise<ManagedArea> {
  const managed = browser.storage.managed as typeof browser.storage.managed | undefined;
  if (!managed) return Promise.resolve({});
  const answer = new Promise<ManagedArea>((resolve) => {
    const timers: ReturnType<typeof setTimeout>[] = [];
    let done = false;
    const attempt = () => {
      managed.get(null).then(
        (area) => finish(area && typeof area === 'object' ? (area as ManagedArea) : {}),
        () => finish({}),
      );
    };
    const finish = (area: ManagedArea) => {
      if (done) return;
      done = true;
      for (const timer of timers) clearTimeout(timer);
      resolve(area);
    };
    attempt();
    for (const at of RETRY_AT_MS) timers.push(setTimeout(attempt, at));
  });
  void answer.then(keepCopy);
  return answer;
}

async function readCopy(): Promise<ManagedArea | undefined> {
  try {
    const text = await policyCopyItem.getValue();
    const parsed: unknown = text === undefined ? undefined : JSON.parse(text);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as ManagedArea) : undefined;
  } catch {
    return undefined;
  }
}

/** After a live answer, off the way to the first event's work: the copy follows it. */
async function keepCopy(area: ManagedArea): Promise<void> {
  try {
    const text = JSON.stringify(area);
    if ((await policyCopyItem.getValue()) !== text) await policyCopyItem.setValue(text);
  } catch {
    // No copy: the next start waits for the live area, as a first start does.
  }
}

const delay = (ms: number) => new Promise<undefined>((resolve) => setTimeout(resolve, ms, undefined));
