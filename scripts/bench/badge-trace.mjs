// Observes an extension's toolbar badge without polling: chrome.action.setBadgeText is wrapped in
// the running worker (through the DevTools protocol, Runtime.evaluate) so every call records when
// it was made and when the browser confirmed it, on the epoch clock with sub-millisecond precision
// (performance.timeOrigin + performance.now(), the clock the page uses for history.pushState).
// The wrapper only timestamps and passes the call through, so it does not compete with the worker's
// work; a wait for a badge is a promise settled by the wrapper, not a loop. The same wrapper goes
// into the product's worker and the reference extension's, so both are measured identically.
// (webextension-polyfill looks chrome.action.setBadgeText up at every call, so the product's calls
// go through the wrapper too; if they ever did not, every wait would time out and the run fail.) A restarted worker loses the
// wrapper: cold-start.mjs observes the badge from an extension page instead.

/** Installs the wrapper (idempotent). */
export function traceBadges(serviceWorker) {
  return serviceWorker.evaluate(() => {
    if (globalThis.__benchTrace) return;
    const now = () => performance.timeOrigin + performance.now();
    const trace = { waiters: [] };
    globalThis.__benchTrace = trace;
    const original = chrome.action.setBadgeText;
    chrome.action.setBadgeText = function (details, callback) {
      const call = { tabId: details?.tabId, text: details?.text, calledAt: now(), doneAt: undefined };
      const done = () => {
        call.doneAt = now();
        for (const waiter of [...trace.waiters]) waiter(call);
      };
      if (typeof callback === 'function') {
        return original.call(this, details, (...args) => {
          done();
          return callback(...args);
        });
      }
      const answer = original.call(this, details);
      answer?.then?.(done, done);
      return answer;
    };
  });
}

/**
 * Arms a wait in the worker for `text` on `tabId`; `collect` resolves with the badge calls for that
 * tab made since arming (epoch ms), or with shown: null after 10 s.
 */
export async function armBadgeWait(serviceWorker, tabId, text) {
  await serviceWorker.evaluate(
    ({ id, expected }) => {
      const trace = globalThis.__benchTrace;
      const calls = [];
      globalThis.__benchWait = new Promise((resolve) => {
        const timer = setTimeout(() => finish(null), 10_000);
        function finish(shown) {
          clearTimeout(timer);
          trace.waiters.splice(trace.waiters.indexOf(listener), 1);
          resolve({ shown, calls });
        }
        function listener(call) {
          if (call.tabId !== id) return;
          calls.push({ text: call.text, calledAt: call.calledAt, doneAt: call.doneAt });
          if (call.text === expected) finish({ calledAt: call.calledAt, doneAt: call.doneAt });
        }
        trace.waiters.push(listener);
      });
    },
    { id: tabId, expected: text },
  );
  return { collect: () => serviceWorker.evaluate(() => globalThis.__benchWait) };
}
