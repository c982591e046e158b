import { request } from 'node:https';

/**
 * fetch over node:https (method, headers, string body, abort) that accepts the mock's self-signed
 * certificate (tls.mjs), for unit tests against the mock: Node's fetch refuses the certificate, and a
 * test must not turn TLS checks off for the whole process.
 *
 * @param {string} input
 * @param {RequestInit} [init]
 * @returns {Promise<Response>}
 */
export function insecureFetch(input, init = {}) {
  return new Promise((resolve, reject) => {
    const headers = /** @type {Record<string, string> | undefined} */ (init.headers);
    const req = request(input, { method: init.method ?? 'GET', headers, rejectUnauthorized: false }, (res) => {
      /** @type {Buffer[]} */
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => {
        const answer = new Headers();
        for (const [name, value] of Object.entries(res.headers)) if (typeof value === 'string') answer.set(name, value);
        resolve(new Response(Buffer.concat(chunks), { status: res.statusCode ?? 500, headers: answer }));
      });
    });
    req.on('error', reject);
    init.signal?.addEventListener('abort', () => req.destroy(new Error('aborted')));
    req.end(typeof init.body === 'string' ? init.body : undefined);
  });
}
