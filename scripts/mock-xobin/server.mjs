import { createServer } from 'node:https';
import { pathToFileURL } from 'node:url';
import { actionAnswer, actionOf, assetAnswer, carriesKey, hasValidKey, lookupKeyOf, normalAnswer, preflightAnswer, stepAnswer } from './api.mjs';
import { atsAnswer } from './ats-pages.mjs';
import { createInviteBook } from './invites.mjs';
import { makeCertificate } from './tls.mjs';

export { VALID_API_KEYS } from './api.mjs';
export { SAMPLE_IDS, sampleReport } from './data.mjs';
export { AI_INTERVIEWS } from './invites.mjs';

// One HTTPS port for every host. Chromium runs with --host-resolver-rules mapping every name to this
// port, so app.xobin.com (the API) and the ATS hosts (fixture pages) are told apart by Host header.

const API_HOSTS = new Set(['app.xobin.com', 'localhost', '127.0.0.1']);
const SCENARIO_KEY = /^((response_id|custom_field_id|invited|share)=.+|invite)$/;
const MAX_BODY_BYTES = 64 * 1024;

/**
 * @param {{ port?: number, latencyMs?: number, host?: string }} [options]
 */
export async function startMockServer({ port = 0, latencyMs = 0, host = '127.0.0.1' } = {}) {
  const tls = await makeCertificate();
  const requests = [];
  const scenarios = new Map();
  const invites = createInviteBook();
  // Report requests being answered right now, and the most there ever were at once (since reset), so
  // tests can check the extension's limit on requests in flight. `latency` can change per test.
  let inFlight = 0;
  let maxInFlight = 0;
  let latency = latencyMs;

  // Pending delays (each with its lookup key), so release() can end them early and close() can drop them.
  const waits = new Map();
  const delay = (ms, res, key) =>
    new Promise((resolve) => {
      if (ms <= 0) return resolve();
      const timer = setTimeout(done, ms);
      waits.set(done, key);
      res.once('close', done); // the client gave up (timeout, navigation): stop waiting
      function done() {
        clearTimeout(timer);
        waits.delete(done);
        resolve();
      }
    });

  async function handle(req, res, hostName, url, entry) {
    if (!API_HOSTS.has(hostName)) return atsAnswer(req, url);
    if (req.method === 'OPTIONS') return preflightAnswer();
    const action = actionOf(url);
    const lookup = action ?? lookupKeyOf(url);
    if (!lookup) return assetAnswer(req, url);
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    entry.openAtArrival = inFlight;
    // Over when its answer is written or the client left, whichever is first. Not at 'finish': over
    // TLS that can come after the client already has the whole answer and has sent its next request.
    let open = true;
    const over = () => {
      if (open) inFlight--;
      open = false;
    };
    res.once('close', over);
    try {
      const normal = action ? actionAnswer(req, action, await jsonBody(req, entry), invites) : normalAnswer(req, url, lookup, invites);
      const step = scenarios.get(lookup.key)?.shift();
      await delay(latency + (step?.hangMs ?? 0), res, lookup.key);
      return step ? stepAnswer(step, normal) : normal;
    } finally {
      over();
    }
  }

  const server = createServer(tls, (req, res) => {
    const hostName = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    let url;
    try {
      url = new URL(req.url ?? '/', `https://${hostName || 'localhost'}`);
    } catch {
      return send(res, req.method, { status: 400, headers: { 'Content-Type': 'text/plain' }, body: 'bad request' });
    }
    // Never the key itself: only whether one came, and whether it was a valid one. `status` is filled
    // in once the answer has gone out, `settled` once the exchange is over (answered or abandoned), so
    // tests can wait for a slow answer to have been delivered.
    const entry = {
      host: hostName,
      method: req.method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      hasValidKey: hasValidKey(req),
      hasKeyHeader: req.headers.apikey !== undefined,
      carriesKey: carriesKey(req),
      status: undefined,
      settled: false,
      // Arrival and answer times (ms since epoch), so tests can check retries wait out Retry-After.
      at: Date.now(),
      answeredAt: undefined,
    };
    requests.push(entry);
    res.once('finish', () => {
      entry.status = res.statusCode;
      entry.answeredAt = Date.now();
    });
    res.once('close', () => (entry.settled = true));
    handle(req, res, hostName, url, entry)
      .then((answer) => send(res, req.method, answer))
      .catch((error) => send(res, req.method, { status: 500, headers: { 'Content-Type': 'text/plain' }, body: `mock error: ${error?.stack ?? error}` }));
  });
  server.on('tlsClientError', () => undefined); // browsers probe and drop connections; not our problem
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });

  return {
    port: server.address().port,
    requests,
    /** The next requests for this lookup get these answers, in order, then normal behaviour resumes. */
    scenario(key, steps) {
      if (!SCENARIO_KEY.test(key)) throw new Error(`Scenario key must be response_id=… or custom_field_id=…, got ${key}`);
      if (!Array.isArray(steps)) throw new Error('Scenario steps must be an array');
      scenarios.set(
        key,
        steps.map((step) => ({ ...step })),
      );
    },
    /**
     * Answers every request that is waiting out hangMs/latency now: a test decides when "late" is.
     * With a lookup key (`custom_field_id=…`), only the requests for that lookup.
     */
    release(key) {
      for (const [done, heldFor] of [...waits]) if (key === undefined || heldFor === key) done();
    },
    /** Report requests open right now, and the most open at once since the last reset. */
    concurrency() {
      return { inFlight, maxInFlight };
    },
    /** Every report request waits this long before its answer (from now until changed or reset). */
    setLatency(ms) {
      latency = ms;
    },
    /** The candidate completed the interview an invite created: its report is complete from now on. */
    completeInterview(responseId, options) {
      invites.complete(responseId, options);
    },
    /** Called with each new invite's response id. */
    onInvite(listener) {
      invites.onInvite(listener);
    },
    /** Invites left on the account; at 0 the next invite is refused with 403 limit_exceed. */
    setInvitesLeft(count) {
      invites.setInvitesLeft(count);
    },
    /** The reports invites created, as the API keeps them. */
    invited() {
      return invites.invited();
    },
    reset() {
      scenarios.clear();
      invites.reset();
      requests.length = 0;
      maxInFlight = inFlight;
      latency = latencyMs;
    },
    close() {
      for (const done of [...waits.keys()]) done();
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** The request's JSON body, also logged (it never holds the key: that travels in a header). */
async function jsonBody(req, entry) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk);
  }
  if (!chunks.length) return undefined;
  try {
    entry.body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    entry.body = Buffer.concat(chunks).toString('utf8');
    return undefined;
  }
  return entry.body;
}

function send(res, method, { status, headers, body }) {
  if (res.writableEnded || res.destroyed) return;
  const noBody = status === 204 || status === 304 || method === 'HEAD';
  res.writeHead(status, { 'Cache-Control': 'no-store', ...headers });
  res.end(noBody ? undefined : body);
}

async function main(argv) {
  const arg = (name, fallback) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 && argv[i + 1] !== undefined ? Number(argv[i + 1]) : fallback;
  };
  const mock = await startMockServer({ port: arg('port', 8443), latencyMs: arg('latency', 0) });
  console.log(`Mock Xobin API and ATS fixture pages on https://127.0.0.1:${mock.port}`);
  console.log(`port=${mock.port}`);
  console.log(`Browse with: chromium --host-resolver-rules="MAP * 127.0.0.1:${mock.port}, EXCLUDE localhost" --ignore-certificate-errors`);
  console.log('API keys accepted: demo-key-123, e2e-test-key. Ctrl+C stops.');
  const stop = () => void mock.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
