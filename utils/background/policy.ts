import * as z from 'zod/mini';
import { t } from '../i18n';
import { LOCKED_KEY, POLICY_FIELDS, type PolicyField, type PolicyProblem, type PolicyView } from '../policy';
import type { PolicySettings } from '../policy-view';
import { SETTINGS } from '../settings-list';
import { readManagedArea, type ManagedArea } from './managed';

// The managed storage area (Chrome/Edge policy `3rdparty.extensions.<id>`, Firefox policies.json
// `3rdparty.Extensions.<id>`), read only here, in the worker: it holds the admin's API key. Each key is valid
// or ignored whole with a reason (each setting's parser is in utils/settings-list.ts); one bad key never
// stops the others.

export interface PolicyValues extends PolicySettings {
  readonly apiKey?: string;
}

export interface Policy {
  readonly values: PolicyValues;
  readonly locked: ReadonlySet<PolicyField>;
  readonly problems: readonly PolicyProblem[];
}

const lockedSchema = z.array(z.string());

/** Parses the managed area's contents. Never throws; whatever is not valid is listed in problems. */
export function parsePolicy(raw: unknown): Policy {
  const input = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const values: Record<string, unknown> = {};
  const problems: PolicyProblem[] = [];
  for (const field of POLICY_FIELDS) {
    if (input[field] === undefined) continue;
    const checked = SETTINGS[field].parse(input[field]);
    if (checked.ok) values[field] = checked.value;
    else problems.push({ field, message: checked.reason });
  }
  const locked = new Set<PolicyField>();
  if (input[LOCKED_KEY] !== undefined) {
    const parsed = lockedSchema.safeParse(input[LOCKED_KEY]);
    const unknown = parsed.success ? parsed.data.find((name) => !(POLICY_FIELDS as readonly string[]).includes(name)) : undefined;
    if (!parsed.success) problems.push({ field: LOCKED_KEY, message: t('policyWrongType', t('policyTypeNames')) });
    else if (unknown !== undefined) problems.push({ field: LOCKED_KEY, message: t('policyUnknownLock', unknown, POLICY_FIELDS.join(', ')) });
    else {
      for (const name of parsed.data as PolicyField[]) {
        if (values[name] !== undefined) locked.add(name);
        else problems.push({ field: LOCKED_KEY, message: t('policyLockWithoutValue', name) });
      }
    }
  }
  for (const key of Object.keys(input)) {
    if (key !== LOCKED_KEY && !(POLICY_FIELDS as readonly string[]).includes(key)) problems.push({ field: key, message: t('policyUnknownKey') });
  }
  return { values: values as PolicyValues, locked, problems };
}

/**
 * The policy now (managed.ts: never stalled by a browser whose policy is not ready yet). When a
 * stand-in was used, `onLate` gets the live policy on arrival, if it differs, with the keys that did.
 */
export async function readManagedPolicy(onLate: (policy: Policy, keys: string[]) => void): Promise<Policy> {
  const { area, late } = await readManagedArea();
  if (late) {
    void late.then((live) => {
      const keys = changedKeys(area, live);
      if (keys.length > 0) onLate(parsePolicy(live), keys);
    });
  }
  return parsePolicy(area);
}

function changedKeys(before: ManagedArea, after: ManagedArea): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}

/** The policy for extension pages: the API key only as "set or not". */
export function viewOf(policy: Policy): PolicyView {
  const { apiKey, ...values } = policy.values;
  return { ...values, hasApiKey: apiKey !== undefined, locked: [...policy.locked], problems: policy.problems };
}
