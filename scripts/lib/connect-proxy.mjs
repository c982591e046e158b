import { createServer } from 'node:http';
import { connect } from 'node:net';

// Firefox has no --host-resolver-rules. Instead it is pointed at this proxy, which tunnels HTTPS
// (CONNECT) for the given host names to the local mock and refuses everything else, so Firefox's own
// background traffic (updates, telemetry, safe browsing) neither reaches the mock nor the internet.

/** @param {{ targetPort: number, hosts: Iterable<string>, targetHost?: string }} options */
export async function startConnectProxy({ targetPort, hosts, targetHost = '127.0.0.1' }) {
  const allowed = new Set([...hosts].map((host) => host.toLowerCase()));
  const refused = [];
  const sockets = new Set();
  const server = createServer((req, res) => {
    refused.push(req.url);
    res.writeHead(403).end();
  });
  server.on('connect', (req, client, head) => {
    const host = (req.url ?? '').replace(/:\d+$/, '').toLowerCase();
    if (!allowed.has(host)) {
      refused.push(req.url);
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(targetPort, targetHost, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => undefined);
      socket.on('close', () => {
        sockets.delete(socket);
        client.destroy();
        upstream.destroy();
      });
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return {
    port: server.address().port,
    /** CONNECT targets and plain requests that were turned away (Firefox's own traffic, mostly). */
    refused,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
