import type { CustomRule } from './rules';
import { LOCKED_KEY, POLICY_FIELDS, SETTINGS, type PolicyField } from './settings-list';
import { defineItem, policyOverridesItem } from './storage';

// Fleet policy (the managed storage area, docs/deploy.md): what the settings page is told about it,
// and the one rule for how a policy value and the recruiter's own value combine, which the worker
// (utils/background/effective.ts) and the settings page both call. The background reads and parses
// the managed area (utils/background/policy.ts); the API key's value never leaves it, this module
// only knows whether one is set.

export { LOCKED_KEY, POLICY_FIELDS, type PolicyField };

export interface PolicyProblem {
  /** The policy key as the admin wrote it. */
  readonly field: string;
  readonly message: string;
}

/** What extension pages learn about the policy: every valid value except the API key's. */
export interface PolicyView {
  readonly apiBaseUrl?: string;
  readonly hasApiKey: boolean;
  readonly lookupTemplates?: Readonly<Record<string, readonly string[]>>;
  readonly customRules?: readonly CustomRule[];
  readonly autoOpen?: boolean;
  readonly downloadableRecordings?: boolean;
  readonly listScores?: boolean;
  readonly aiInterviews?: { id: number; name: string }[];
  readonly allowInvites?: boolean;
  readonly allowShare?: boolean;
  /** Only fields that also have a valid policy value: a lock on nothing is reported, not applied. */
  readonly locked: readonly PolicyField[];
  readonly problems: readonly PolicyProblem[];
}

export const NO_POLICY: PolicyView = { hasApiKey: false, locked: [], problems: [] };

/** The fleet policy as the background parsed it, minus the API key's value, for the settings page. */
export const policyViewItem = defineItem<PolicyView | null>('session:policyView', { fallback: null });

export type Source = 'policy' | 'local' | 'default';

export interface Effective<T> {
  readonly value: T;
  readonly source: Source;
  readonly locked: boolean;
}

/** What decides one setting's value in force. */
export interface Inputs<T> {
  readonly policy: T | undefined;
  readonly locked: boolean;
  /** The recruiter's stored value; undefined when they never set one. */
  readonly local: T | undefined;
  /** Fingerprint of the policy value the recruiter chose to override, if any. */
  readonly override: string | undefined;
}

/**
 * A short fingerprint of a policy value. A recruiter's override is recorded against the policy value
 * it replaced (local:policyOverrides), so a new value from the admin wins again. 32 bits: for the API
 * key this says nothing usable about the key.
 */
export function fingerprint(value: unknown): string {
  const text = JSON.stringify(value) ?? '';
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16);
}

/**
 * Policy over local: a locked policy value always applies; an unlocked one applies until the
 * recruiter overrides it (and again once the admin changes it); without a policy value the
 * recruiter's own value, else the default.
 */
function choose<T>({ policy, locked, local, override }: Inputs<T>, fallback: T): Effective<T> {
  if (policy !== undefined) {
    if (!locked && local !== undefined && override === fingerprint(policy)) return { value: local, source: 'local', locked: false };
    return { value: policy, source: 'policy', locked };
  }
  if (local === undefined || JSON.stringify(local) === JSON.stringify(fallback)) return { value: fallback, source: 'default', locked: false };
  return { value: local, source: 'local', locked: false };
}

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
