import { readFileSync } from 'node:fs';
import { Agent, createServer, request } from 'node:https';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeCertificate } from '../mock-xobin/tls.mjs';
import { BENCH_HOST, candidateByPersonId } from './fixture/candidates.mjs';
import { heavyProfileHtml } from './fixture/page.mjs';

// The bench's front door. Chromium maps every host name to this one HTTPS port (as for the e2e mock).
// It serves the heavy bench profile at its real Greenhouse address and passes everything else
// (the Xobin API on app.xobin.com, the mock's own fixture pages) through to the mock server unchanged,
// so the mock needs no bench-specific routes.

const APP_JS = join(dirname(fileURLToPath(import.meta.url)), 'fixture', 'app.js');
const PROFILE_PATH = /^\/people\/(\d+)\/?$/;

export async function startBenchServer({ mockPort }) {
  const tls = await makeCertificate();
  const appJs = readFileSync(APP_JS);
  // Keep-alive to the mock, so passing a request through costs well under a millisecond.
  const agent = new Agent({ keepAlive: true, rejectUnauthorized: false });

  const server = createServer(tls, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const path = (req.url ?? '/').split('?')[0];
    if (host === BENCH_HOST && path === '/__bench/app.js') {
      return send(res, 200, 'text/javascript; charset=utf-8', appJs);
    }
    const candidate = host === BENCH_HOST ? candidateByPersonId(PROFILE_PATH.exec(path)?.[1]) : undefined;
    if (candidate) return send(res, 200, 'text/html; charset=utf-8', heavyProfileHtml(candidate));
    passThrough(req, res, mockPort, agent);
  });
  server.on('tlsClientError', () => undefined);
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return {
    port: server.address().port,
    close() {
      agent.destroy();
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

function send(res, status, type, body) {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

function passThrough(req, res, mockPort, agent) {
  const upstream = request(
    { host: '127.0.0.1', port: mockPort, method: req.method, path: req.url, headers: req.headers, agent, servername: 'localhost' },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  upstream.on('error', (error) => {
    if (!res.headersSent) res.writeHead(502, { 'Content-Type': 'text/plain' });
    res.end(`bench proxy: ${error.message}`);
  });
  res.once('close', () => {
    if (!res.writableFinished) upstream.destroy(); // the browser gave up: so does the mock request
  });
  req.pipe(upstream);
}
