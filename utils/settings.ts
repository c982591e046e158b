import { DEFAULT_BASE_URL } from './api/constants';

export type BaseUrlCheck = { ok: true; baseUrl: string; origin: string } | { ok: false; message: string };

// Plain http only where the manifest can grant it (optional_host_permissions lists these two).
const LOOPBACK = new Set(['localhost', '127.0.0.1']);

/** https only (plain http for a local test server), no credentials/query/fragment, no trailing slash. */
export function checkBaseUrl(input: string): BaseUrlCheck {
  const raw = input.trim() || DEFAULT_BASE_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, message: 'Enter a full address, like https://app.xobin.com/api/v2.' };
  }
  const loopback = LOOPBACK.has(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    return { ok: false, message: 'The API base URL must start with https:// (http:// is allowed only for localhost).' };
  }
  if (url.username || url.password) return { ok: false, message: 'Remove the user name and password from the address.' };
  if (url.search || url.hash) return { ok: false, message: 'Remove the ? or # part from the address.' };
  const path = url.pathname.replace(/\/+$/, '');
  return { ok: true, baseUrl: `${url.origin}${path}`, origin: url.origin };
}

/** The host-permission pattern that lets the worker call this API origin. */
export function originPattern(origin: string): string {
  return `${origin}/*`;
}

/** API keys are opaque tokens; reject what cannot be one (spaces inside, control characters). */
export function checkApiKey(key: string): string | undefined {
  const trimmed = key.trim();
  if (!trimmed) return 'Paste the API key.';
  // eslint-disable-next-line no-control-regex
  if (/[\s\u0000-\u001f]/.test(trimmed)) return 'The key should have no spaces or line breaks. Check what was pasted.';
  if (trimmed.length > 512) return 'That is too long to be an API key.';
  return undefined;
}
