import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const OPENSSL = process.env.OPENSSL_PATH ?? '/usr/bin/openssl';

/**
 * A throwaway self-signed certificate. Chromium is started with --ignore-certificate-errors, so the
 * name on it does not matter; it only has to be valid TLS so the extension talks https:// unchanged.
 */
export async function makeCertificate() {
  const dir = await mkdtemp(join(tmpdir(), 'mock-xobin-tls-'));
  try {
    const keyFile = join(dir, 'key.pem');
    const certFile = join(dir, 'cert.pem');
    await run(OPENSSL, ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=localhost', '-keyout', keyFile, '-out', certFile]);
    return { key: await readFile(keyFile), cert: await readFile(certFile) };
  } catch (error) {
    throw new Error(`Could not create a TLS certificate with ${OPENSSL} (apt-get install -y openssl): ${error.message}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
