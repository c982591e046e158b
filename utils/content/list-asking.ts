import type { DetectedId } from '../ats/types';
import type { ChipResult } from '../messages';
import { sendToBackground } from '../send';
import type { Chip } from './chip';

// The questions of one list page's score chips (list-chips.ts finds the links and places the chips):
// - only chips on screen ask, and at most MAX_ASKING questions are out from this page at once, so a
//   row that leaves the page before its turn costs nothing;
// - answers are shown together: those that come back while more are out wait for the rest, at most
//   SHOW_MS (a chip changing costs the page a paint of the whole frame, whatever its size).

/** A little more than the worker's four in flight, so its queue always has the next lookup ready. */
export const MAX_ASKING = 6;
/** An answer waits at most this long (ms) for the others still out before the chips show it. */
const SHOW_MS = 200;

type Stage = 'idle' | 'queued' | 'asking' | 'done' | 'limit';

/** One candidate link of the page and its chip. */
export interface Entry {
  /** The link (link-trees.ts); changes when the ATS re-renders the row: the chip and its answer move to the new link. */
  anchor: Element;
  readonly href: string;
  readonly ats: string;
  /** What the link names (linkIds): tells the page's own candidate from the others. */
  readonly ids: readonly DetectedId[];
  chip?: Chip;
  stage: Stage;
  visible: boolean;
  /** Failed: asks again only once it has been seen off screen and back. */
  retry?: boolean;
}

export interface Asking {
  /** Chips that come on screen together ask together: queued first, then one pump. */
  enqueue(entry: Entry): void;
  /** Every chip that may ask now asks, in one message (each message costs the page's main thread). */
  pump(): void;
  /** The recruiter clicked "Show more scores": chips at the page's limit ask again. */
  showMore(): void;
  stop(): void;
}

/**
 * `load`: this page load's token (the worker's per-page-load lookup cap counts by it); `entries`: the
 * page's chips by their link (list-chips.ts keeps it); `look`: watch the chips for coming on screen
 * again; `off`: the worker said list scores are off, every chip goes.
 */
export function startAsking(load: string, entries: ReadonlyMap<Element, Entry>, look: () => void, off: () => void): Asking {
  const queue: Entry[] = [];
  let asking = 0;
  let stopped = false;

  const enqueue = (entry: Entry) => {
    entry.stage = 'queued';
    queue.push(entry);
  };

  const pump = () => {
    const batch: Entry[] = [];
    while (!stopped && asking + batch.length < MAX_ASKING && queue.length > 0) {
      const entry = queue.shift()!;
      // Left the page or scrolled away before its turn: nothing asked, it asks when seen again.
      if (entries.get(entry.anchor) !== entry || !entry.visible) {
        if (entry.stage === 'queued') entry.stage = 'idle';
        continue;
      }
      entry.stage = 'asking';
      batch.push(entry);
    }
    if (batch.length === 0) return;
    asking += batch.length;
    sendToBackground({ type: 'list:score', items: batch.map((entry) => ({ url: entry.href, ats: entry.ats })), load })
      .then(
        (answers) => batch.forEach((entry, i) => settle(entry, answers?.[i])),
        () => batch.forEach((entry) => settle(entry, { kind: 'error', error: 'offline' })),
      )
      .finally(() => {
        asking -= batch.length;
        pump();
        // Nothing else out: shown now. Otherwise with the answers still to come, or SHOW_MS from now.
        if (asking === 0) showAnswers();
        else showTimer ??= setTimeout(showAnswers, SHOW_MS);
      });
  };

  const toShow = new Map<Entry, ChipResult>();
  let showTimer: ReturnType<typeof setTimeout> | undefined;
  const showAnswers = () => {
    clearTimeout(showTimer);
    showTimer = undefined;
    if (stopped) return;
    // The entry's chip now: a row re-rendered since keeps the entry, with a new chip.
    for (const [entry, result] of toShow) entry.chip?.show(result);
    toShow.clear();
  };

  const settle = (entry: Entry, answer: ChipResult | undefined) => {
    if (stopped) return;
    if (answer?.kind === 'off') return off();
    const result: ChipResult = answer ?? { kind: 'error', error: 'offline' };
    toShow.set(entry, result);
    // A failure asks again the next time the row comes on screen; "limit" waits for Show more.
    entry.stage = result.kind === 'limit' ? 'limit' : result.kind === 'error' ? 'idle' : 'done';
    if (entry.stage === 'idle') entry.retry = true;
  };

  const showMore = () => {
    void sendToBackground({ type: 'list:more', load })
      .then(() => {
        for (const entry of entries.values()) {
          if (entry.stage !== 'limit') continue;
          entry.stage = 'idle';
          toShow.delete(entry);
          entry.chip?.show({ kind: 'waiting' });
          if (entry.visible) enqueue(entry);
        }
        pump();
        look();
      })
      .catch(() => undefined);
  };

  const stop = () => {
    stopped = true;
    clearTimeout(showTimer);
    queue.length = 0;
  };

  return { enqueue, pump, showMore, stop };
}
