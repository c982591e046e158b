import { DEFAULT_BASE_URL } from '../api/constants';
import type { SaveResult, SettingsView, TestResult } from '../messages';
import { t } from '../i18n';
import { noteOverride, policyViewItem, type PolicyView } from '../policy';
import { checkApiKey, checkBaseUrl } from '../settings';
import { checkConnection } from './connection-check';
import { configOf } from './effective';
import { publishInForce } from './in-force';
import { storageIsolated } from './isolation';
import { hasOriginAccess } from './key-gate';
import { viewOf } from './policy';
import { apiKeyItem, savedBaseUrlItem } from './secret';
import { fromSettings, readSettings, type SettingsChange } from './settings-snapshot';

/** The key, base URL and recordings choice in force: the admin's policy over the recruiter's own. */
export function readConfig(): Promise<{ baseUrl: string; apiKey: string; downloadable: boolean }> {
  return fromSettings((settings) => {
    const { baseUrl, apiKey, downloadable } = configOf(settings);
    return { baseUrl, apiKey, downloadable };
  });
}

/** Any change of key or base URL invalidates cached reports (they belong to another account/host); recording URLs differ with the recordings choice. */
export function touchesConfig({ fields }: SettingsChange): boolean {
  return fields.has('apiKey') || fields.has('apiBaseUrl') || fields.has('downloadableRecordings');
}

export async function publishPolicyView(): Promise<PolicyView> {
  const view = viewOf((await readSettings()).policy);
  await Promise.all([policyViewItem.setValue(view), publishInForce()]);
  return view;
}

export async function getSettings(): Promise<SettingsView> {
  const [{ baseUrl, apiKey }, isolated] = await Promise.all([readConfig(), storageIsolated()]);
  return { hasKey: apiKey.length > 0, baseUrl, storageIsolated: isolated };
}

/** Whether the worker may call this base URL's origin (shipped, or granted at runtime). */
export async function hasBaseUrlAccess(baseUrl: string): Promise<boolean> {
  const checked = checkBaseUrl(baseUrl);
  return checked.ok && hasOriginAccess(checked.origin);
}

export async function saveSettings(input: { baseUrl: string; apiKey?: string }): Promise<SaveResult> {
  const { policy } = await readSettings();
  if (input.apiKey !== undefined && policy.locked.has('apiKey')) return { ok: false, field: 'apiKey', message: t('policyLockedSave') };
  // A locked address is the organisation's: what the form sends for it is neither checked nor kept.
  const lockedUrl = policy.locked.has('apiBaseUrl');
  const base = checkBaseUrl(lockedUrl ? (policy.values.apiBaseUrl ?? input.baseUrl) : input.baseUrl);
  if (!base.ok) return { ok: false, field: 'baseUrl', message: base.message };
  if (!(await hasOriginAccess(base.origin))) {
    return { ok: false, field: 'baseUrl', message: t('settingsNeedAccess', base.origin) };
  }
  if (input.apiKey !== undefined) {
    const problem = checkApiKey(input.apiKey);
    if (problem) return { ok: false, field: 'apiKey', message: problem };
  }
  if (!lockedUrl) {
    await savedBaseUrlItem.setValue(base.baseUrl);
    await noteOverride('apiBaseUrl', policy.values.apiBaseUrl, base.baseUrl);
  }
  if (input.apiKey !== undefined) {
    await apiKeyItem.setValue(input.apiKey.trim());
    await noteOverride('apiKey', policy.values.apiKey, input.apiKey.trim());
  }
  return { ok: true };
}

/**
 * Is this Xobin's report API, and does it accept the given (or saved) key? The key is never echoed.
 * The worker enforces the organisation's locks itself (the page only greys the fields): a locked
 * address is the only one tested, and the organisation's key is tested only at its own address.
 * key-gate.ts holds the same rules for every request; these checks give the recruiter the reason.
 */
export async function testConnection(input: { baseUrl: string; apiKey?: string }): Promise<TestResult> {
  const settings = await readSettings();
  const { policy } = settings;
  const base = checkBaseUrl(policy.locked.has('apiBaseUrl') ? (policy.values.apiBaseUrl ?? input.baseUrl) : input.baseUrl);
  if (!base.ok) return { ok: false, message: base.message };
  if (!(await hasOriginAccess(base.origin))) {
    return { ok: false, message: t('testNeedAccess', base.origin) };
  }
  // The key in force may be the organisation's: the worker uses it without ever showing it.
  const typed = policy.locked.has('apiKey') ? '' : input.apiKey?.trim();
  const apiKey = typed || configOf(settings).apiKey;
  if (!apiKey) return { ok: false, message: t('testNoKey') };
  const policyBase = checkBaseUrl(policy.values.apiBaseUrl ?? DEFAULT_BASE_URL);
  if (apiKey === policy.values.apiKey && policyBase.ok && policyBase.origin !== base.origin) {
    return { ok: false, message: t('testPolicyKeyElsewhere', policyBase.origin) };
  }
  return checkConnection(base.baseUrl, apiKey);
}
