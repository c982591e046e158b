import { DEFAULT_BASE_URL } from './api/constants';
import { t } from './i18n';

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
    return { ok: false, message: t('urlNotAddress', DEFAULT_BASE_URL) };
  }
  const loopback = LOOPBACK.has(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    return { ok: false, message: t('urlNotHttps') };
  }
  if (url.username || url.password) return { ok: false, message: t('urlCredentials') };
  if (url.search || url.hash) return { ok: false, message: t('urlQuery') };
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
  if (!trimmed) return t('keyEmpty');
  // eslint-disable-next-line no-control-regex
  if (/[\s\u0000-\u001f]/.test(trimmed)) return t('keySpaces');
  if (trimmed.length > 512) return t('keyTooLong');
  return undefined;
}
