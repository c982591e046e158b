import { adapterById } from '../ats';
import { DEFAULT_BASE_URL } from '../api/constants';
import { choose, mergeRules, templatesField, type Effective, type PolicyField } from '../policy';
import { readableRules, type CustomRule } from '../rules';
import { autoOpenItem, customRulesItem, downloadableItem, listScoresItem, policyOverridesItem, templatesItem } from '../storage';
import { readPolicy, type Policy } from './policy';
import { apiKeyItem, savedBaseUrlItem } from './secret';

// Every setting an admin may push, as the worker uses it: policy over local, one place.

export interface EffectiveConfig {
  readonly baseUrl: string;
  readonly apiKey: string;
  readonly downloadable: boolean;
  readonly keySource: Effective<string>['source'];
}

function pick<T>(policy: Policy, field: PolicyField, value: T | undefined, local: T | undefined, fallback: T, overrides: Record<string, string>): Effective<T> {
  return choose({ policy: value, locked: policy.locked.has(field), local, fallback, override: overrides[field] });
}

export async function effectiveConfig(policy?: Policy): Promise<EffectiveConfig> {
  const [p, baseUrl, typedKey, downloadable, overrides] = await Promise.all([
    policy ?? readPolicy(),
    savedBaseUrlItem.getValue(),
    apiKeyItem.getValue(),
    downloadableItem.getValue(),
    policyOverridesItem.getValue(),
  ]);
  const key = pick(p, 'apiKey', p.values.apiKey, typedKey || undefined, '', overrides);
  return {
    baseUrl: pick(p, 'apiBaseUrl', p.values.apiBaseUrl, baseUrl, DEFAULT_BASE_URL, overrides).value,
    apiKey: key.value,
    keySource: key.source,
    downloadable: pick(p, 'downloadableRecordings', p.values.downloadableRecordings, downloadable, false, overrides).value,
  };
}

/** The base URL in force alone (key-gate.ts asks at every request; the key is not needed for it). */
export async function effectiveBaseUrl(policy: Policy): Promise<string> {
  const [local, overrides] = await Promise.all([savedBaseUrlItem.getValue(), policyOverridesItem.getValue()]);
  return pick(policy, 'apiBaseUrl', policy.values.apiBaseUrl, local, DEFAULT_BASE_URL, overrides).value;
}

export async function effectiveAutoOpen(): Promise<boolean> {
  const [p, local, overrides] = await Promise.all([readPolicy(), autoOpenItem.getValue(), policyOverridesItem.getValue()]);
  return pick(p, 'autoOpen', p.values.autoOpen, local, false, overrides).value;
}

export async function effectiveListScores(): Promise<boolean> {
  const [p, local, overrides] = await Promise.all([readPolicy(), listScoresItem.getValue(), policyOverridesItem.getValue()]);
  return pick(p, 'listScores', p.values.listScores, local, true, overrides).value;
}

/** The templates for one shipped ATS: policy, the recruiter's, or the adapter's defaults. */
export async function effectiveTemplates(atsId: string): Promise<readonly string[]> {
  const adapter = adapterById(atsId);
  if (!adapter) return [];
  const [p, local, overrides] = await Promise.all([readPolicy(), templatesItem.getValue(), policyOverridesItem.getValue()]);
  const own = local[atsId]?.length ? local[atsId] : undefined;
  // Locked: the organisation decides for every ATS; one it names no templates for keeps the built-in ones.
  if (p.locked.has('lookupTemplates')) return p.values.lookupTemplates?.[atsId] ?? adapter.defaultTemplates;
  return choose({
    policy: p.values.lookupTemplates?.[atsId],
    locked: p.locked.has('lookupTemplates'),
    local: own,
    fallback: adapter.defaultTemplates,
    override: overrides[templatesField(atsId)],
  }).value;
}

/** The recruiter's stored rules (re-validated; a bad one turns off only itself) merged with the policy's. */
export async function effectiveRules(): Promise<CustomRule[]> {
  const [p, stored] = await Promise.all([readPolicy(), customRulesItem.getValue()]);
  return mergeRules(p.values.customRules, readableRules(stored).rules, p.locked.has('customRules')).value;
}
