import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { AtsAdapter, DetectedId } from '../ats/types';
import { sendToBackground } from '../send';
import { t } from '../i18n';
import { CHIP_MARK, isChipHost, mountChip, type Chip } from './chip';
import { startAsking, type Entry } from './list-asking';
import { linkIds, randomToken, sameCandidate } from './list-links';
import { linkHref, linkTrees } from './link-trees';
import { onScreenLooks } from './on-screen';

// Score chips next to every candidate link on a list page (a job's pipeline, search results, "all
// candidates", a profile's other applications). ATS lists re-render, paginate and scroll for ever, so
// this stays on for the life of the tab and must stay cheap:
// - a change to the page starts one pass over its links THROTTLE_MS later, and the mutation observer
//   is off from the first change until that pass is done (the page pays for no mutation records);
// - every link found in a pass gets its chip in that pass (one layout of the ATS's table per pass:
//   mounting chips as rows scroll in re-laid out the whole table on every frame);
// - a pass that finds at most WAKE_AT_ONCE new candidate links gives their chips their buttons in
//   that pass (one render for all); chips of a bigger pass get theirs when first on screen;
// - only chips on screen ask (a one-shot IntersectionObserver after a scroll, at most one per 120 ms:
//   on-screen.ts), and at most a few at once, their answers shown together (list-asking.ts).

/** A pass over the page at most this often: a page re-rendering its list pays for one pass per burst. */
const THROTTLE_MS = 200;
/**
 * New chips a pass gives their buttons at once, at most: a button added as its chip comes on screen is
 * one more render of the page on every look while the recruiter scrolls (the empty pill looks the
 * same), but a page showing 10,000 links at once must not build 10,000 buttons.
 */
export const WAKE_AT_ONCE = 500;
/** Hrefs remembered as not a candidate's, at most: every other link of a 10,000-link page, read once. */
const MAX_OTHERS = 20_000;

export interface ListChips {
  /** The page moved (SPA navigation): whose profile it is may have changed. */
  rescan(): void;
  stop(): void;
  /** Chips now on the page (tests, benchmark). */
  count(): number;
}

export function startListChips(ctx: ContentScriptContext, known: () => readonly AtsAdapter[], doc: Document = document): ListChips {
  const load = randomToken();
  const blank = doc.implementation.createHTMLDocument('');
  const entries = new Map<Element, Entry>();
  const byHost = new WeakMap<Element, Entry>();
  let pageIds: readonly DetectedId[] | undefined;
  let ownChanged = true;
  let scheduled = false;
  let stopped = false;
  // Chips of links that left the page in this pass, by href: a re-rendered row's new link gets its
  // old chip back (no new shadow root, no new question), the rest are dropped at the end of the pass.
  let leaving = new Map<string, Entry>();
  // Links that are not to a candidate (what linkIds found nothing in), by href.
  const others = new Set<string>();
  // The open shadow roots the last pass walked: watched like the page (an observer of the page does not see into them).
  let shadowRoots: ShadowRoot[] = [];

  // Which chips are on screen (on-screen.ts): those without their button yet, or not yet asked about.
  const looks = onScreenLooks(
    doc,
    () =>
      [...entries.values()].flatMap((entry) =>
        entry.chip && (!entry.chip.awake || entry.stage === 'idle' || entry.stage === 'queued') ? [entry.chip.host] : [],
      ),
    (records) => {
      for (const record of records) {
        const entry = byHost.get(record.target);
        if (!entry) continue;
        entry.visible = record.isIntersecting;
        if (entry.visible) entry.chip?.wake();
        if (!entry.visible) entry.retry = false;
        else if (entry.stage === 'idle' && !entry.retry) asking.enqueue(entry);
      }
      asking.pump();
    },
    () => !stopped && !ctx.isInvalid,
  );
  const look = looks.look;
  const asking = startAsking(load, entries, look, stop);
  // Our host goes (back) right after its link. A copy of a host the ATS made along with a row has
  // our marker but no root (an empty box): removed, never reused, as is anything of the page's that
  // carries the marker.
  const place = (anchor: Element, chip: Chip) => {
    let next = anchor.nextElementSibling;
    while (next && next !== chip.host && next.hasAttribute(CHIP_MARK) && !isChipHost(next)) {
      next.remove();
      next = anchor.nextElementSibling;
    }
    if (next !== chip.host) anchor.after(chip.host);
  };

  // A chip gets its button in its pass (see flush) or when it is first on screen.
  const mount = (entry: Entry) => {
    const chip = mountChip(doc, () => {
      if (entry.stage === 'limit') asking.showMore();
      else
        void sendToBackground({ type: 'list:open', url: entry.href, ats: entry.ats })
          // Firefox opens its sidebar only from its own toolbar: the chip says where, on hover.
          .then((result) => result?.opened === false && entry.chip?.hint(t('launcherUseToolbar')))
          .catch(() => undefined);
    });
    entry.chip = chip;
    place(entry.anchor, chip);
    byHost.set(chip.host, entry);
    look();
  };

  const drop = (entry: Entry) => {
    entries.delete(entry.anchor);
    entry.chip?.remove();
  };

  const consider = (anchor: Element): Entry | undefined => {
    const href = linkHref(anchor);
    const current = entries.get(anchor);
    if (current) {
      if (current.href === href) {
        if (current.chip && !current.chip.host.isConnected) place(anchor, current.chip); // the ATS re-rendered the row's children
        return;
      }
      drop(current); // the framework reused the link for another candidate
    }
    const moved = leaving.get(href);
    if (moved?.chip) {
      leaving.delete(href);
      moved.anchor = anchor;
      entries.set(anchor, moved);
      place(anchor, moved.chip);
      return;
    }
    // A list re-renders the same links (to jobs, to settings) again and again: each is read once.
    if (others.has(href)) return;
    let url: URL;
    try {
      url = new URL(href);
    } catch {
      return;
    }
    const found = url.origin === location.origin ? linkIds(url, known(), blank) : null;
    if (!found) {
      if (others.size >= MAX_OTHERS) others.clear();
      others.add(href);
      return;
    }
    if (sameCandidate(found.ids, pageIds)) return;
    const entry: Entry = { anchor, href, ats: found.ats, ids: found.ids, stage: 'idle', visible: false };
    entries.set(anchor, entry);
    mount(entry);
    return entry;
  };

  const flush = () => {
    scheduled = false;
    if (stopped || ctx.isInvalid) return;
    for (const entry of [...entries.values()]) {
      if (!entry.anchor.isConnected || linkHref(entry.anchor) !== entry.href) {
        entries.delete(entry.anchor);
        if (!entry.anchor.isConnected && entry.chip) leaving.set(entry.href, entry);
        else drop(entry);
      } else if (ownChanged && sameCandidate(entry.ids, pageIds)) drop(entry);
      else if (entry.chip && !entry.chip.host.isConnected) place(entry.anchor, entry.chip);
    }
    ownChanged = false;
    const found = linkTrees(doc.body ?? doc.documentElement);
    shadowRoots = found.roots;
    const mounted = found.links.flatMap((link) => consider(link) ?? []);
    if (mounted.length <= WAKE_AT_ONCE) for (const entry of mounted) entry.chip?.wake();
    for (const root of shadowRoots) looks.within(root);
    for (const entry of leaving.values()) drop(entry);
    leaving = new Map();
    watch(); // after this pass's own chips went in: they are not the page changing
  };

  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    // A plain timer (flush checks the context): ctx.setTimeout keeps one invalidation listener per call
    // for the life of the tab, and a list schedules a pass on every burst of mutations.
    setTimeout(flush, THROTTLE_MS);
  };

  // The first change after a pass is all the observer is for: it is let go until the next pass, which
  // goes over the whole page. Kept on, it had the browser make a record of every change a page made:
  // a page re-rendering a 1,000-row list for the life of the tab paid for each.
  const mo = new MutationObserver(() => {
    mo.disconnect();
    schedule();
  });
  const watch = () => {
    if (stopped) return;
    const options = { childList: true, subtree: true, attributes: true, attributeFilter: ['href'] };
    mo.observe(doc.body ?? doc.documentElement, options);
    for (const root of shadowRoots) mo.observe(root, options);
  };

  const readPageIds = () => {
    pageIds = linkIds(new URL(location.href), known(), blank)?.ids;
  };

  function stop() {
    if (stopped) return;
    stopped = true;
    mo.disconnect();
    looks.stop();
    asking.stop();
    for (const entry of [...entries.values()]) drop(entry);
  }

  readPageIds();
  schedule();
  ctx.onInvalidated(stop);

  return {
    rescan() {
      readPageIds();
      others.clear();
      ownChanged = true;
      mo.disconnect();
      schedule();
    },
    stop,
    count: () => entries.size,
  };
}
