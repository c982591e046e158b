import type { CustomRule } from './rules';
import type { PolicyField, SETTINGS } from './settings-list';
import { defineItem } from './storage-item';

// What extension pages know of the fleet policy and of the values in force, and the one rule for
// combining a policy value with the recruiter's own (utils/policy.ts inForce gives it each setting's
// default). Apart from utils/policy.ts so the side panel can use it without the settings list (its
// parsers and zod).

export interface PolicyProblem {
  /** The policy key as the admin wrote it. */
  readonly field: string;
  readonly message: string;
}

/** Every policy value but the API key: what the worker parses (utils/background/policy.ts) and pages see. */
export interface PolicySettings {
  readonly apiBaseUrl?: string;
  readonly lookupTemplates?: Readonly<Record<string, readonly string[]>>;
  readonly customRules?: readonly CustomRule[];
  readonly autoOpen?: boolean;
  readonly downloadableRecordings?: boolean;
  readonly listScores?: boolean;
  readonly aiInterviews?: { id: number; name: string }[];
  readonly allowInvites?: boolean;
  readonly allowShare?: boolean;
}

/** What extension pages learn about the policy: every valid value except the API key's. */
export interface PolicyView extends PolicySettings {
  readonly hasApiKey: boolean;
  /** Only fields that also have a valid policy value: a lock on nothing is reported, not applied. */
  readonly locked: readonly PolicyField[];
  readonly problems: readonly PolicyProblem[];
}

export const NO_POLICY: PolicyView = { hasApiKey: false, locked: [], problems: [] };

/** The fleet policy as the background parsed it, minus the API key's value, for the settings page. */
export const policyViewItem = defineItem<PolicyView | null>('session:policyView', { fallback: null });

/** The settings extension pages show or act on, each combined by the worker (utils/background/in-force.ts). */
export const IN_FORCE_FIELDS = ['autoOpen', 'downloadableRecordings', 'listScores', 'aiInterviews', 'allowInvites', 'allowShare'] as const;
export type InForceField = (typeof IN_FORCE_FIELDS)[number];

/** Each of those settings as the worker applies it: the policy's, the recruiter's or the default, and its lock. */
export type InForce = { readonly [F in InForceField]: Effective<(typeof SETTINGS)[F]['fallback']> };

/**
 * The values in force, published by the worker whenever an input changes: the settings page and the
 * side panel read this one item instead of each combining policy, overrides and stored values again.
 * Null until the worker has published it (its start, the settings page's policy:get).
 */
export const inForceItem = defineItem<InForce | null>('session:inForce', { fallback: null });

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
export function choose<T>({ policy, locked, local, override }: Inputs<T>, fallback: T): Effective<T> {
  if (policy !== undefined) {
    if (!locked && local !== undefined && override === fingerprint(policy)) return { value: local, source: 'local', locked: false };
    return { value: policy, source: 'policy', locked };
  }
  if (local === undefined || JSON.stringify(local) === JSON.stringify(fallback)) return { value: fallback, source: 'default', locked: false };
  return { value: local, source: 'local', locked: false };
}
