import { adapterById } from '../ats';
import { inForce, mergeRules, templatesField, templatesInForce, type Effective, type PolicyField, type SettingValue } from '../policy';
import { readableRules, type CustomRule } from '../rules';
import { fromSettings, type Settings } from './settings-snapshot';

// Every setting an admin may push, as the worker uses it: the snapshot's inputs through the same
// rule the settings page uses (utils/policy.ts).

export interface EffectiveConfig {
  readonly baseUrl: string;
  readonly apiKey: string;
  readonly downloadable: boolean;
  readonly keySource: Effective<string>['source'];
}

// Settings that never need the key: outside the worker they are read without touching IndexedDB.
const NO_KEY = { withKey: false };

type Simple = Extract<
  PolicyField,
  'apiBaseUrl' | 'apiKey' | 'autoOpen' | 'downloadableRecordings' | 'listScores' | 'aiInterviews' | 'allowInvites' | 'allowShare'
>;

/** One setting in force from the worker's snapshot. */
export function settingOf<F extends Simple>({ policy, local, overrides }: Settings, field: F): Effective<SettingValue<F>> {
  const own = field === 'apiKey' ? local.apiKey || undefined : local[field];
  return inForce(field, {
    policy: policy.values[field] as SettingValue<F> | undefined,
    locked: policy.locked.has(field),
    local: own as SettingValue<F> | undefined,
    override: overrides[field],
  });
}

export function configOf(settings: Settings): EffectiveConfig {
  const key = settingOf(settings, 'apiKey');
  return {
    baseUrl: settingOf(settings, 'apiBaseUrl').value,
    apiKey: key.value,
    keySource: key.source,
    downloadable: settingOf(settings, 'downloadableRecordings').value,
  };
}

export function effectiveConfig(): Promise<EffectiveConfig> {
  return fromSettings(configOf);
}

export function effectiveAutoOpen(): Promise<boolean> {
  return fromSettings((settings) => settingOf(settings, 'autoOpen').value, NO_KEY);
}

export function effectiveListScores(): Promise<boolean> {
  return fromSettings((settings) => settingOf(settings, 'listScores').value, NO_KEY);
}

/** What the recruiter may do from the panel beyond reading: invite (with these interviews) and share. */
export interface Actions {
  readonly aiInterviews: readonly { readonly id: number; readonly name: string }[];
  readonly allowInvites: boolean;
  readonly allowShare: boolean;
}

export function effectiveActions(): Promise<Actions> {
  return fromSettings(
    (settings) => ({
      aiInterviews: settingOf(settings, 'aiInterviews').value,
      allowInvites: settingOf(settings, 'allowInvites').value,
      allowShare: settingOf(settings, 'allowShare').value,
    }),
    NO_KEY,
  );
}

/** The templates for one shipped ATS: policy, the recruiter's, or the adapter's defaults. */
export function effectiveTemplates(atsId: string): Promise<readonly string[]> {
  const adapter = adapterById(atsId);
  if (!adapter) return Promise.resolve([]);
  return fromSettings(
    ({ policy, local, overrides }) =>
      templatesInForce(
        {
          policy: policy.values.lookupTemplates?.[atsId],
          locked: policy.locked.has('lookupTemplates'),
          local: local.lookupTemplates[atsId],
          override: overrides[templatesField(atsId)],
        },
        adapter.defaultTemplates,
      ).value,
    NO_KEY,
  );
}

/** The recruiter's stored rules (re-validated; a bad one turns off only itself) merged with the policy's. */
export function effectiveRules(): Promise<CustomRule[]> {
  return fromSettings(
    ({ policy, local }) => mergeRules(policy.values.customRules, readableRules(local.customRules).rules, policy.locked.has('customRules')).value,
    NO_KEY,
  );
}
