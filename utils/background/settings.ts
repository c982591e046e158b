import { browser } from 'wxt/browser';
import { DEFAULT_API_ORIGIN } from '../api/constants';
import type { SaveResult, SettingsView, TestResult } from '../messages';
import { checkApiKey, checkBaseUrl, originPattern } from '../settings';
import { baseUrlItem, downloadableItem } from '../storage';
import { checkConnection } from './connection-check';
import { apiKeyItem } from './secret';

export async function readConfig() {
  const [baseUrl, apiKey, downloadable] = await Promise.all([baseUrlItem.getValue(), apiKeyItem.getValue(), downloadableItem.getValue()]);
  return { baseUrl, apiKey, downloadable };
}

export async function getSettings(): Promise<SettingsView> {
  const { baseUrl, apiKey } = await readConfig();
  return { hasKey: apiKey.length > 0, baseUrl };
}

async function hasOriginAccess(origin: string): Promise<boolean> {
  if (origin === DEFAULT_API_ORIGIN) return true;
  try {
    return await browser.permissions.contains({ origins: [originPattern(origin)] });
  } catch {
    return false;
  }
}

export async function saveSettings(input: { baseUrl: string; apiKey?: string }): Promise<SaveResult> {
  const base = checkBaseUrl(input.baseUrl);
  if (!base.ok) return { ok: false, field: 'baseUrl', message: base.message };
  if (!(await hasOriginAccess(base.origin))) {
    return { ok: false, field: 'baseUrl', message: `The extension needs your permission to reach ${base.origin}. Save again and choose "Allow".` };
  }
  if (input.apiKey !== undefined) {
    const problem = checkApiKey(input.apiKey);
    if (problem) return { ok: false, field: 'apiKey', message: problem };
  }
  await baseUrlItem.setValue(base.baseUrl);
  if (input.apiKey !== undefined) await apiKeyItem.setValue(input.apiKey.trim());
  return { ok: true };
}

/** Is this Xobin's report API, and does it accept the given (or saved) key? The key is never echoed. */
export async function testConnection(input: { baseUrl: string; apiKey?: string }): Promise<TestResult> {
  const base = checkBaseUrl(input.baseUrl);
  if (!base.ok) return { ok: false, message: base.message };
  if (!(await hasOriginAccess(base.origin))) {
    return { ok: false, message: `Save first and allow access to ${base.origin}, then test again.` };
  }
  const apiKey = input.apiKey?.trim() || (await apiKeyItem.getValue());
  if (!apiKey) return { ok: false, message: 'Paste an API key first.' };
  return checkConnection(base.baseUrl, apiKey);
}

/** Any change of key or base URL invalidates cached reports (they belong to another account/host). */
export function watchConfig(onChange: () => void): void {
  apiKeyItem.watch(onChange);
  baseUrlItem.watch(onChange);
  downloadableItem.watch(onChange); // recording URLs differ with it
}
