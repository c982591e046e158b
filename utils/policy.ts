import type { CustomRule } from './rules';
import { LOCKED_KEY, POLICY_FIELDS, SETTINGS, type PolicyField } from './settings-list';
import { policyOverridesItem } from './storage';

// Fleet policy (the managed storage area, docs/deploy.md): what the settings page is told about it,
// and the one rule for how a policy value and the recruiter's own value combine, which the worker
// calls (utils/background/effective.ts; it publishes the results for the pages, in-force.ts) and the
// settings page for templates and rules. The background reads and parses
// the managed area (utils/background/policy.ts); the API key's value never leaves it, this module
// only knows whether one is set.

export { LOCKED_KEY, POLICY_FIELDS, type PolicyField };

export { choose, fingerprint, NO_POLICY, policyViewItem } from './policy-view';
export type { Effective, Inputs, PolicyProblem, PolicyView, Source } from './policy-view';
import { choose, fingerprint, type Effective, type Inputs, type PolicyView } from './policy-view';

type Simple = 'apiBaseUrl' | 'apiKey' | 'autoOpen' | 'downloadableRecordings' | 'listScores' | 'aiInterviews' | 'allowInvites' | 'allowShare';
export type SettingValue<F extends Simple> = (typeof SETTINGS)[F]['fallback'];

/** The value in force of a setting with one value (the default is the one in utils/settings-list.ts). */
export function inForce<F extends Simple>(field: F, inputs: Inputs<SettingValue<F>>): Effective<SettingValue<F>> {
  return choose<SettingValue<F>>(inputs, SETTINGS[field].fallback);
}

/**
 * One ATS's lookup templates in force. The policy's lock covers every ATS: locked, the organisation
 * decides for each, and one it names no templates for keeps the built-in ones (`defaults`). Unlocked,
 * the same rule as every setting, per ATS; an empty list of the recruiter's counts as none.
 */
export function templatesInForce(inputs: Inputs<readonly string[]>, defaults: readonly string[]): Effective<readonly string[]> {
  if (inputs.locked) return { value: inputs.policy ?? defaults, source: inputs.policy ? 'policy' : 'default', locked: true };
  return choose({ ...inputs, local: inputs.local?.length ? inputs.local : undefined }, defaults);
}

/** Override bookkeeping key for one ATS's templates (each ATS is overridden on its own). */
export function templatesField(atsId: string): string {
  return `lookupTemplates:${atsId}`;
}

/**
 * The rules in force. Policy rules always apply; unlocked, the recruiter's own rules are added (a
 * policy rule keeps its id, a local rule with the same id is dropped); locked, only the policy's rules run.
 */
export function mergeRules(policy: readonly CustomRule[] | undefined, local: readonly CustomRule[], locked: boolean): Effective<CustomRule[]> {
  if (!policy) return { value: [...local], source: local.length ? 'local' : 'default', locked: false };
  if (locked) return { value: [...policy], source: 'policy', locked: true };
  const ids = new Set(policy.map((rule) => rule.id));
  return { value: [...policy, ...local.filter((rule) => !ids.has(rule.id))], source: 'policy', locked: false };
}

export function isLocked(view: PolicyView, field: PolicyField): boolean {
  return view.locked.includes(field);
}

/**
 * Records (or clears) the recruiter's override of an unlocked policy value, after they saved their
 * own value for `field`. Saving the policy's own value again clears it.
 */
export async function noteOverride(field: string, policyValue: unknown, saved: unknown): Promise<void> {
  const overrides = await policyOverridesItem.getValue();
  const { [field]: _previous, ...rest } = overrides;
  const same = policyValue === undefined || fingerprint(policyValue) === fingerprint(saved);
  await policyOverridesItem.setValue(same ? rest : { ...rest, [field]: fingerprint(policyValue) });
}
