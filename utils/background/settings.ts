import { browser } from 'wxt/browser';
import { fetchReport } from '../api/client';
import { DEFAULT_API_ORIGIN } from '../api/constants';
import type { SaveResult, SettingsView, TestResult } from '../messages';
import { t } from '../i18n';
import { checkApiKey, checkBaseUrl, originPattern } from '../settings';
import { baseUrlItem, downloadableItem } from '../storage';
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
    return { ok: false, field: 'baseUrl', message: t('settingsNeedAccess', base.origin) };
  }
  if (input.apiKey !== undefined) {
    const problem = checkApiKey(input.apiKey);
    if (problem) return { ok: false, field: 'apiKey', message: problem };
  }
  await baseUrlItem.setValue(base.baseUrl);
  if (input.apiKey !== undefined) await apiKeyItem.setValue(input.apiKey.trim());
  return { ok: true };
}

/** One real request with the given (or saved) key: was the key accepted? The key is never echoed. */
export async function testConnection(input: { baseUrl: string; apiKey?: string }): Promise<TestResult> {
  const base = checkBaseUrl(input.baseUrl);
  if (!base.ok) return { ok: false, message: base.message };
  if (!(await hasOriginAccess(base.origin))) {
    return { ok: false, message: t('testNeedAccess', base.origin) };
  }
  const apiKey = input.apiKey?.trim() || (await apiKeyItem.getValue());
  if (!apiKey) return { ok: false, message: t('testNoKey') };
  // Response id 0 never exists: a 404 proves the key got past authentication without touching data.
  const result = await fetchReport({ by: 'response_id', value: '0' }, { baseUrl: base.baseUrl, apiKey }, { maxAttempts: 1 });
  if (result.ok) return { ok: true, message: t('testConnected') };
  switch (result.error.kind) {
    case 'unauthorized':
      return { ok: false, message: t('testRefused') };
    case 'not-found':
      return { ok: true, message: t('testConnected') };
    case 'offline':
      return { ok: false, message: t('testOffline', base.origin) };
    case 'timeout':
      return { ok: false, message: t('testTimeout', base.origin) };
    case 'rate-limited':
      return { ok: false, message: t('testRateLimited') };
    case 'invalid-response':
      return { ok: false, message: t('testNotXobin', base.baseUrl) };
    default:
      return { ok: false, message: t('testServerError') };
  }
}

/** Any change of key or base URL invalidates cached reports (they belong to another account/host). */
export function watchConfig(onChange: () => void): void {
  apiKeyItem.watch(onChange);
  baseUrlItem.watch(onChange);
  downloadableItem.watch(onChange); // recording URLs differ with it
}
