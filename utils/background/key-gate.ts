import { browser } from 'wxt/browser';
import { DEFAULT_API_ORIGIN, DEFAULT_BASE_URL } from '../api/constants';
import { originPattern } from '../settings';
import { settingOf } from './effective';
import { readSettings } from './settings-snapshot';

// Where the API key may go, decided in one place and asked by the one function that sends it
// (utils/api/client.ts sendKey), whoever the caller: a profile lookup, a list chip, a watch re-check,
// the open-in-tab and compare pages, Test connection. Every input here is one a content script cannot
// write: the managed policy, the base URL saved in the extension origin's IndexedDB (secret.ts), and
// host permissions (only the recruiter grants those, through the browser's prompt).

/** Whether the worker may call this origin at all: shipped, or granted by the recruiter. */
export async function hasOriginAccess(origin: string): Promise<boolean> {
  if (origin === DEFAULT_API_ORIGIN) return true;
  try {
    return await browser.permissions.contains({ origins: [originPattern(origin)] });
  } catch {
    return false;
  }
}

const originOf = (url: string): string | undefined => {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
};

/**
 * May `apiKey` be sent to `url`? Only to the origin of the base URL in force, or to `trying`: the
 * address the recruiter is testing on the settings page right now, unless the organisation locked the
 * address. Always only to a granted origin, and an organisation's key only to the organisation's own.
 */
export async function keyMayGoTo(url: string, apiKey: string, trying?: string): Promise<boolean> {
  const origin = originOf(url);
  if (!origin) return false;
  const settings = await readSettings();
  const { policy } = settings;
  if (policy.values.apiKey !== undefined && apiKey === policy.values.apiKey && origin !== originOf(policy.values.apiBaseUrl ?? DEFAULT_BASE_URL)) return false;
  if (!(await hasOriginAccess(origin))) return false;
  if (origin === originOf(settingOf(settings, 'apiBaseUrl').value)) return true;
  return trying !== undefined && origin === originOf(trying) && !policy.locked.has('apiBaseUrl');
}
