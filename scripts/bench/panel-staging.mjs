// The side-panel phase's data, staged in the extension's session storage as its worker caches a
// report: the panel is timed from the moment its data is there, so the bench writes that data itself.
// This is the one module of the bench that knows the cache's storage layout (report:/conv: keys, a
// long report split in two parts, keys found by their lookup); a change of that layout is made here.

/**
 * Copies the worker's real cache entries of a normal report and of the 5,000-message one to bench
 * keys, inside the browser (the multi-megabyte entry never travels through the DevTools protocol).
 */
export async function stageEntries(serviceWorker) {
  const sources = { normal: await cachedKeyOf(serviceWorker, '979554'), large: await cachedKeyOf(serviceWorker, '979561') };
  return serviceWorker.evaluate(
    async ({ sources: keys }) => {
      const out = {};
      for (const [kind, source] of Object.entries(keys)) {
        const responseId = source.slice(source.lastIndexOf('=') + 1);
        const cacheKey = source.slice('report:'.length);
        const stored = await chrome.storage.session.get([source, `conv:${cacheKey}`]);
        const entry = stored[source];
        if (!entry) throw new Error(`side panel: report ${responseId} is not in the extension's cache (did the detection phase run?)`);
        const benchKey = `bench|${kind}`;
        // A long report is stored in two parts (cache.ts): the first part, and its whole conversation.
        const conversation = stored[`conv:${cacheKey}`];
        await chrome.storage.session.set({ [`report:${benchKey}`]: entry, ...(conversation ? { [`conv:${benchKey}`]: conversation } : {}) });
        // Entries are stored as JSON strings (objects in builds before c45af18).
        const parsed = typeof entry === 'string' ? JSON.parse(entry) : entry;
        out[kind] = {
          cacheKey: benchKey,
          messages: parsed.conversationTotal ?? parsed.report.conversation?.length ?? 0,
          entryBytes: (typeof entry === 'string' ? entry.length : JSON.stringify(entry).length) + (conversation?.length ?? 0),
          firstPartBytes: typeof entry === 'string' ? entry.length : JSON.stringify(entry).length,
        };
      }
      return out;
    },
    { sources },
  );
}

/**
 * The storage key of the worker's cache entry for a response id. Cache keys carry a hash of the
 * account (key + base URL), which the bench does not compute: it finds the entry by its lookup.
 */
async function cachedKeyOf(serviceWorker, responseId) {
  const key = await serviceWorker.evaluate(async (suffix) => {
    const area = chrome.storage.session;
    const keys = area.getKeys ? await area.getKeys() : Object.keys(await area.get(null));
    return keys.find((name) => name.startsWith('report:') && name.endsWith(suffix)) ?? null;
  }, `|response_id=${responseId}`);
  if (!key) throw new Error(`side panel: report ${responseId} is not in the extension's cache (did the detection phase run?)`);
  return key;
}

/**
 * A cache entry with exactly `count` messages, made from the 5,000-message report inside the browser:
 * its conversation cut short, or repeated with timestamps moved on so the interview keeps going.
 */
export async function stageScaled(serviceWorker, count) {
  const source = await cachedKeyOf(serviceWorker, '979561');
  return serviceWorker.evaluate(
    async ({ source, count: n }) => {
      const sourceKey = source.slice('report:'.length);
      const stored = await chrome.storage.session.get([source, `conv:${sourceKey}`]);
      const entry = stored[source];
      if (!entry) throw new Error("side panel: the 5,000-message report is not in the extension's cache (did the detection phase run?)");
      const parsed = typeof entry === 'string' ? JSON.parse(entry) : entry;
      const base = stored[`conv:${sourceKey}`] ? JSON.parse(stored[`conv:${sourceKey}`]) : parsed.report.conversation;
      const span = base.at(-1).timestamp - base[0].timestamp + 5000;
      const messages = [];
      for (let i = 0; i < n; i++) {
        const lap = Math.floor(i / base.length);
        const message = base[i % base.length];
        messages.push(lap === 0 ? message : { ...message, timestamp: message.timestamp + lap * span });
      }
      // Written as the extension's cache writes it (utils/background/cache.ts: more than SPLIT_OVER = 120
      // messages are stored as the first FIRST_MESSAGES = 60 plus the whole conversation on its own).
      const long = n > 120;
      delete parsed.conversationTotal;
      parsed.report.conversation = long ? messages.slice(0, 60) : messages;
      if (long) parsed.conversationTotal = n;
      const cacheKey = `bench|m${n}`;
      const text = JSON.stringify(parsed);
      const conversation = long ? JSON.stringify(messages) : undefined;
      await chrome.storage.session.set({ [`report:${cacheKey}`]: text, ...(conversation ? { [`conv:${cacheKey}`]: conversation } : {}) });
      return { cacheKey, messages: n, entryBytes: text.length + (conversation?.length ?? 0), firstPartBytes: text.length };
    },
    { source, count },
  );
}

/** `count` copies of a staged cache entry under new keys, inside the browser. */
export function stageCopies(serviceWorker, cacheKey, count) {
  return serviceWorker.evaluate(
    async ([key, n]) => {
      const raw = (await chrome.storage.session.get(`report:${key}`))[`report:${key}`];
      const keys = Array.from({ length: n }, (_, i) => `${key}|next${i}`);
      await chrome.storage.session.set(Object.fromEntries(keys.map((copy) => [`report:${copy}`, raw])));
      return keys;
    },
    [cacheKey, count],
  );
}

/**
 * The floor's panel (reference-extension/sidepanel.html) gets the same cache entry, as the same
 * JSON string, in its own browser's session storage.
 */
export async function stageFloor(ext, reference, cacheKey) {
  const raw = await ext.serviceWorker.evaluate((key) => chrome.storage.session.get(`report:${key}`).then((got) => got[`report:${key}`]), cacheKey);
  await reference.serviceWorker.evaluate(([key, value]) => chrome.storage.session.set({ [`report:${key}`]: value }), [cacheKey, raw]);
}

/** Removes staged entries (both parts of each, where there are two). */
export function unstage(serviceWorker, cacheKeys) {
  return serviceWorker.evaluate((keys) => chrome.storage.session.remove(keys.flatMap((key) => [`report:${key}`, `conv:${key}`])), cacheKeys);
}
