import type { ClientConfig } from '../api/client';

// Cache keys and shared requests are scoped by account, so an answer fetched with one key can never
// be served after the recruiter switched to another key or Xobin host. The scope is a hash: the key
// itself must never become part of a storage key (storage keys are listed by getKeys and devtools).

const HEX_CHARS = 16; // 64 bits: collisions between a recruiter's own few accounts are not a concern

let memo: { input: string; scope: string } | undefined;

/** A short SHA-256 hex digest of key + base URL (+ the recordings preference, which changes links). */
export async function accountScope(config: ClientConfig & { downloadable?: boolean }): Promise<string> {
  const input = `${config.apiKey}\n${config.baseUrl}\n${config.downloadable ? 'dl' : ''}`;
  if (memo?.input === input) return memo.scope;
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(input));
  const scope = Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0'))
    .join('')
    .slice(0, HEX_CHARS);
  memo = { input, scope };
  return scope;
}
