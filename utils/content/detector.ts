import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { adapters } from '../ats';
import { t } from '../i18n';
import type { AtsAdapter, Detection } from '../ats/types';
import { ruleAdapter, type CustomRule } from '../rules';
import { sendToBackground } from '../send';
import { adapterFor, detectPage } from './detect-page';
import { mountLauncher, type Launcher } from './launcher';
import { isChipHost } from './chip';
import { sameOriginFrames } from './frames';
import { startListChips, type ListChips } from './list-chips';

/** How long after a navigation the page is watched for late content (email, Xobin links). */
const WATCH_MS = 10_000;
/** At most one re-scan per this many ms while the ATS renders. */
const SCAN_THROTTLE_MS = 250;

/** Wires detection to the page's lifetime: first load, SPA navigations, late-rendered content. */
export function startDetector(ctx: ContentScriptContext): void {
  let lastSent: string | undefined;
  let launcher: Launcher | undefined;
  let observer: MutationObserver | undefined;
  let stopTimer: number | undefined;
  let scanQueued = false;
  let known: readonly AtsAdapter[] = adapters;
  // The recruiter's rules this page runs with (ids), so the same rules arriving again change nothing.
  let ruleIds = '';
  const shippedHost = adapterFor(new URL(location.href)) !== undefined;
  const useRules = (rules: readonly CustomRule[]) => {
    ruleIds = rules.map((rule) => rule.id).join(' ');
    known = [...(shippedHost ? adapters : []), ...rules.map(ruleAdapter)];
  };
  // Score chips on candidate links, while the setting is on (the worker says so with each answer).
  let chips: ListChips | undefined;
  const listScores = (on: boolean | undefined) => {
    if (on && !chips) chips = startListChips(ctx, () => known);
    else if (on === false && chips) {
      chips.stop();
      chips = undefined;
    }
  };

  // `url` is where the candidate was read (the tab's address, or a frame's); `page` the tab's address.
  const report = (detection: Detection | null, url: string, force = false, page = url) => {
    // The address counts too: the same ids on another URL still mean "say it again" to the worker.
    const signature = JSON.stringify([page, url, detection]);
    if (!force && signature === lastSent) return;
    lastSent = signature;
    if (!detection) {
      launcher?.remove();
      launcher = undefined;
    } else if (!launcher) {
      launcher = mountLauncher(document, openPanel);
    }
    sendToBackground({ type: 'page:detected', url, detection })
      .then((answer) => {
        if (answer?.autoOpen && launcher) armAutoOpen();
        listScores(answer?.listScores);
        // Nothing read this page, but a rule of the recruiter's covers it (a shape made from the
        // panel's "Why no report?" on a shipped host): read it again with the rules too.
        if (answer?.rules?.length && answer.rules.map((rule) => rule.id).join(' ') !== ruleIds) {
          useRules(answer.rules);
          scan();
        }
      })
      .catch(() => undefined);
  };

  // Right after an in-app navigation the page still shows the previous candidate: their email and
  // Xobin links must not be read as the new one's. Until the page changes, only the URL counts.
  let pageIsCurrent = true;
  const scan = (force = false, url = location.href) => {
    if (ctx.isInvalid) return;
    const found = detectPage(new URL(url), pageIsCurrent ? document : blankDocument(), known);
    if (found || !pageIsCurrent) return report(found, url, force);
    // The record inside a same-origin frame (Bullhorn): the frame's address names the candidate, and
    // the worker reads the ids from that address as it would from the tab's (same origin, allowed host).
    for (const frame of sameOriginFrames(document)) {
      const inFrame = detectPage(frame.url, frame.doc, known);
      if (inFrame) return report(inFrame, frame.url.href, force, url);
    }
    report(null, url, force);
  };

  // The first change after a navigation is scanned at once (the new profile may be there already: no
  // fixed delay); the changes after it at most once per SCAN_THROTTLE_MS, the last one always. Between
  // scans the observer is disconnected: a busy page pays for no mutation records it would only be
  // throttled away, and the scan at the end of the window sees whatever changed meanwhile.
  let lastDomScanAt = -Infinity;
  let watching = false;
  let scanTimer: number | undefined;
  const scanChangedPage = () => {
    pageIsCurrent = true;
    lastDomScanAt = performance.now();
    scan();
  };
  const connect = () => {
    for (const doc of [document, ...sameOriginFrames(document).map((frame) => frame.doc)])
      observer?.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true });
  };
  const onMutations = (records: MutationRecord[]) => {
    // Our own score chips coming and going are not the page changing (it would mark old content current).
    if (!records.some(isPageChange)) return;
    observer?.disconnect();
    if (scanQueued) return;
    let wait = lastDomScanAt + SCAN_THROTTLE_MS - performance.now();
    if (wait <= 0) {
      scanChangedPage();
      wait = SCAN_THROTTLE_MS;
    }
    scanQueued = true;
    // Plain timers, checked against the context: ctx.setTimeout keeps an invalidation listener per call.
    scanTimer = window.setTimeout(() => {
      scanQueued = false;
      if (!watching || ctx.isInvalid) return;
      scanChangedPage();
      connect();
    }, wait);
  };

  // Single-page apps render the profile after the URL changes. Watch the DOM for a bounded time after
  // each navigation, throttled, then stop: no observer runs for the life of a long-lived ATS tab.
  const watchForLateContent = () => {
    observer?.disconnect();
    if (stopTimer !== undefined) clearTimeout(stopTimer);
    observer ??= new MutationObserver(onMutations);
    watching = true;
    // A new page: its first change is scanned at once, whatever the old page's window was doing.
    clearTimeout(scanTimer);
    scanQueued = false;
    connect();
    stopTimer = window.setTimeout(() => {
      watching = false;
      observer?.disconnect();
    }, WATCH_MS);
  };

  const openPanel = () => {
    sendToBackground({ type: 'panel:open' })
      .then((result) => {
        if (!result?.opened) launcher?.hint(t('launcherUseToolbar'));
      })
      .catch(() => launcher?.hint(t('launcherReload')));
  };

  // "Open automatically on candidate profiles": browsers open panels only on a user action, so the
  // recruiter's first click on a candidate page is forwarded. The worker says at page load whether to
  // (setting on, not yet opened in this tab): at the click it may just have woken with nothing in
  // memory, and reading storage then would cost the click's user gesture.
  let autoOpenArmed = false;
  const armAutoOpen = () => {
    if (autoOpenArmed) return;
    autoOpenArmed = true;
    // Not `once`: a page script's el.click() (untrusted) would use it up before the recruiter clicks.
    const onFirstClick = (event: Event) => {
      if (!event.isTrusted) return;
      document.removeEventListener('click', onFirstClick, { capture: true });
      if (launcher) void sendToBackground({ type: 'panel:open', auto: true }).catch(() => undefined);
    };
    ctx.addEventListener(document, 'click', onFirstClick, { capture: true });
  };

  // The Navigation API announces a navigation before the address changes: use its destination, so
  // detection does not wait for the page to re-render (the SPA renders after the URL changes). Until
  // the page has changed, its content still belongs to the previous candidate (see pageIsCurrent).
  // A hash change is announced twice (navigate, then hashchange): the second must not re-trust it.
  let lastNavigation = location.href;
  const onNavigate = (destination?: string) => {
    if (destination !== undefined) {
      if (destination === lastNavigation) return;
      lastNavigation = destination;
      pageIsCurrent = false;
      lastDomScanAt = -Infinity; // the new page's first change is scanned at once
    }
    scan(false, destination ?? location.href);
    watchForLateContent();
    chips?.rescan();
  };

  ctx.onInvalidated(() => {
    observer?.disconnect();
    clearTimeout(scanTimer);
    clearTimeout(stopTimer);
    launcher?.remove();
  });

  ctx.addEventListener(window, 'wxt:locationchange', (event) => onNavigate(event.newUrl.href));
  ctx.addEventListener(window, 'hashchange', () => onNavigate(location.href));
  // A frame loaded another record (a load event reaches the top document only in its capture phase).
  // Told again even when unchanged: the frame's load may have had the browser reset the tab's state.
  ctx.addEventListener(
    document,
    'load',
    (event) => {
      if (!/^i?frame$/.test((event.target as Element).localName)) return;
      pageIsCurrent = true;
      scan(true);
      watchForLateContent();
    },
    { capture: true },
  );
  // Back/forward cache: the page comes back without a new content script; tell the worker again.
  ctx.addEventListener(window, 'pageshow', (event) => {
    if ((event as PageTransitionEvent).persisted) scan(true);
  });
  if (shippedHost) {
    onNavigate();
    return;
  }
  // Injected on a host of one of the recruiter's own rules: the worker says which rules apply here.
  sendToBackground({ type: 'rules:get' })
    .then((rules) => useRules(rules ?? []))
    .catch(() => undefined)
    .finally(() => onNavigate());
}

function isPageChange(record: MutationRecord): boolean {
  for (const list of [record.addedNodes, record.removedNodes]) for (const node of list) if (!isChipHost(node)) return true;
  return false;
}

let blank: Document | undefined;
function blankDocument(): Document {
  blank ??= document.implementation.createHTMLDocument('');
  return blank;
}
