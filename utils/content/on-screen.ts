/** At most one look at which elements are on screen per this long (ms). */
const LOOK_MS = 120;

export interface OnScreenLooks {
  /** Something may have moved the elements (new rows, say): look soon, at most once per LOOK_MS. */
  readonly look: () => void;
  /** Scrolls inside an open shadow root count too (a scroll event does not leave its shadow tree). */
  readonly within: (root: ShadowRoot) => void;
  readonly stop: () => void;
}

/**
 * Which of `waiting()` are on screen, asked of a one-shot IntersectionObserver whenever something
 * may have moved them (a scroll anywhere, a resize, a click, the page shown again, a call to look),
 * at most once per LOOK_MS; `seen` gets its records. An observer kept on every chip had the page
 * compute every chip's intersection on every frame it drew; a look computes each waiting element once. `active() === false` (the content script was invalidated) skips a look.
 */
export function onScreenLooks(
  doc: Document,
  waiting: () => readonly Element[],
  seen: (records: readonly IntersectionObserverEntry[]) => void,
  active: () => boolean,
): OnScreenLooks {
  let timer = false;
  let out: IntersectionObserver | undefined;
  let last = -Infinity;
  let stopped = false;
  const listening = new AbortController();

  const run = () => {
    timer = false;
    if (stopped || !active()) return;
    last = performance.now();
    // One not answered yet (a hidden tab draws no frames) is replaced: this one asks about all now.
    out?.disconnect();
    out = undefined;
    const targets = waiting();
    if (targets.length === 0) return;
    const once = new IntersectionObserver((records) => {
      once.disconnect();
      if (out === once) out = undefined;
      if (!stopped) seen(records);
    });
    out = once;
    for (const target of targets) once.observe(target);
  };
  const look = () => {
    if (stopped || timer) return;
    timer = true;
    setTimeout(run, Math.max(0, last + LOOK_MS - performance.now()));
  };

  const passive = { capture: true, passive: true, signal: listening.signal };
  doc.addEventListener('scroll', look, passive); // capture: a scroll of any container, not only the page
  doc.addEventListener('click', look, passive); // a tab or a filter the ATS shows without new rows
  doc.defaultView?.addEventListener('resize', look, passive);
  doc.addEventListener('visibilitychange', look, passive);

  return {
    look,
    // The same listener added again is not added twice (and goes with the others at stop).
    within: (root) => root.addEventListener('scroll', look, passive),
    stop() {
      stopped = true;
      listening.abort();
      out?.disconnect();
    },
  };
}
