import { browser } from 'wxt/browser';
import { LOCKED_KEY, OVERRIDES_LOCAL_KEY, POLICY_FIELDS, SETTINGS, type PolicyField } from '../settings-list';
import {
  aiInterviewsItem,
  allowInvitesItem,
  allowShareItem,
  autoOpenItem,
  customRulesItem,
  downloadableItem,
  listScoresItem,
  policyOverridesItem,
  templatesItem,
} from '../storage';
import { readManagedPolicy, type Policy } from './policy';
import { apiKeyItem, savedBaseUrlItem } from './secret';

// The worker's one copy of every setting's inputs: the admin's policy and the recruiter's own values.
// Every detection and every list chip needs them, each otherwise one or more storage round trips on
// the way to the badge. keepSettingsInMemory (startBackground) turns the copy on and refreshes it from
// one storage.onChanged listener; elsewhere (tests that do not start the worker) every call reads.
// Firefox reads policies.json at its start only: there the managed area simply never changes.

export interface LocalValues {
  /** Undefined when the recruiter never saved one (secret.ts). */
  readonly apiBaseUrl: string | undefined;
  /** '' when none is saved. */
  readonly apiKey: string;
  readonly lookupTemplates: Readonly<Record<string, string[]>>;
  readonly customRules: readonly unknown[];
  readonly autoOpen: boolean;
  readonly downloadableRecordings: boolean;
  readonly listScores: boolean;
  readonly aiInterviews: readonly { readonly id: number; readonly name: string }[];
  readonly allowInvites: boolean;
  readonly allowShare: boolean;
}

export interface Settings {
  readonly policy: Policy;
  readonly local: LocalValues;
  /** Where the recruiter overrode an unlocked policy value (utils/policy.ts noteOverride). */
  readonly overrides: Readonly<Record<string, string>>;
}

/** What one storage change touched: settings whose inputs changed, and the policy keys that did (none for a local change). */
export interface SettingsChange {
  readonly fields: ReadonlySet<PolicyField>;
  readonly policyKeys: readonly string[];
}

type Secret = Pick<LocalValues, 'apiBaseUrl' | 'apiKey'>;
type Plain = { local: Omit<LocalValues, keyof Secret>; overrides: Record<string, string> };
const NO_SECRET: Secret = { apiBaseUrl: undefined, apiKey: '' };

async function readPlain(): Promise<Plain> {
  const [lookupTemplates, customRules, autoOpen, downloadableRecordings, listScores, aiInterviews, allowInvites, allowShare, overrides] = await Promise.all([
    templatesItem.getValue(),
    customRulesItem.getValue(),
    autoOpenItem.getValue(),
    downloadableItem.getValue(),
    listScoresItem.getValue(),
    aiInterviewsItem.getValue(),
    allowInvitesItem.getValue(),
    allowShareItem.getValue(),
    policyOverridesItem.getValue(),
  ]);
  return { local: { lookupTemplates, customRules, autoOpen, downloadableRecordings, listScores, aiInterviews, allowInvites, allowShare }, overrides };
}

// The key and its address are in IndexedDB (secret.ts), slower than storage at a cold start: what
// does not use them (auto-open, list scores, templates, rules) never waits for them.
async function readSecret(): Promise<Secret> {
  const [apiBaseUrl, apiKey] = await Promise.all([savedBaseUrlItem.getValue(), apiKeyItem.getValue()]);
  return { apiBaseUrl, apiKey };
}

// The snapshot in three parts, each refreshed on its own change: a recruiter's change never waits on
// (or wakes) the managed area, which can be slow at browser start (managed.ts), and a value that does
// not need the key never waits for IndexedDB.
let policyRead: Promise<Policy> | undefined;
let plainRead: Promise<Plain> | undefined;
let secretRead: Promise<Secret> | undefined;
// The settings once they have come, with and without the key: a value derived from them is then one
// step away (every detection asks).
let known: Settings | undefined;
let knownPlain: Settings | undefined;
// Why module state: the snapshot is the worker's memory of its settings; a restarted worker starts empty.
let kept = false;
const listeners: ((change: SettingsChange) => void)[] = [];

const readPolicy = () => readManagedPolicy((_live, keys) => changed({ managed: keys }));

/** A read that fails is not kept: the next one tries again. */
function keep<T>(read: Promise<T>, forget: (read: Promise<T>) => void): Promise<T> {
  read.catch(() => forget(read));
  return read;
}

const combine = ([policy, { local, overrides }, secret]: [Policy, Plain, Secret]): Settings => ({ policy, local: { ...local, ...secret }, overrides });

/**
 * The settings now. `withKey: false` is for a derivation that does not use the key or its address:
 * it then reads neither (they are in IndexedDB, secret.ts), and both read as none.
 */
export function readSettings({ withKey = true } = {}): Promise<Settings> {
  if (!kept) return Promise.all([readPolicy(), readPlain(), withKey ? readSecret() : NO_SECRET] as const).then(combine);
  policyRead ??= keep(readPolicy(), (read) => policyRead === read && forget('policy'));
  plainRead ??= keep(readPlain(), (read) => plainRead === read && forget('local'));
  if (withKey) secretRead ??= keep(readSecret(), (read) => secretRead === read && forget('local'));
  const parts = [policyRead, plainRead, withKey ? secretRead! : NO_SECRET] as const;
  const read = Promise.all(parts).then(combine);
  // Kept only while none of its parts changed since it was asked for.
  void read.then(
    (settings) => {
      if (policyRead !== parts[0] || plainRead !== parts[1] || (withKey && secretRead !== parts[2])) return;
      if (withKey) known = settings;
      else knownPlain = settings;
    },
    () => undefined,
  );
  return read;
}

function forget(part: 'policy' | 'local'): void {
  if (part === 'policy') policyRead = undefined;
  else {
    plainRead = undefined;
    secretRead = undefined;
  }
  known = undefined;
  knownPlain = undefined;
}

/** Something derived from the settings in force (effective.ts), without a wait when the worker knows them. */
export function fromSettings<T>(derive: (settings: Settings) => T, options?: { withKey: boolean }): Promise<T> {
  const now = options?.withKey === false ? (known ?? knownPlain) : known;
  return now ? Promise.resolve(derive(now)) : readSettings(options).then(derive);
}

/** Calls back after every change of a setting's inputs, once the snapshot already holds the new values. */
export function onSettingsChange(listener: (change: SettingsChange) => void): void {
  listeners.push(listener);
}

const FIELD_BY_LOCAL_KEY = new Map(POLICY_FIELDS.map((field) => [SETTINGS[field].localKey, field]));

export function keepSettingsInMemory(): void {
  kept = true;
  forget('policy');
  forget('local');
  listeners.length = 0; // a fresh worker: its own subscribers register next
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed') changed({ managed: Object.keys(changes) });
    else if (area === 'local') changed({ local: changes });
  });
}

type Changes = Record<string, { newValue?: unknown; oldValue?: unknown }>;

function changed({ managed, local }: { managed?: string[]; local?: Changes }): void {
  const fields = new Set<PolicyField>();
  if (managed) {
    forget('policy'); // whoever reads next, nobody reads the old policy from memory
    for (const key of managed) {
      if (key === LOCKED_KEY) POLICY_FIELDS.forEach((field) => fields.add(field));
      else if ((POLICY_FIELDS as readonly string[]).includes(key)) fields.add(key as PolicyField);
    }
  }
  if (local) {
    for (const [key, change] of Object.entries(local)) {
      // Firefox reports a write of an equal value as a change.
      if (JSON.stringify(change.newValue) === JSON.stringify(change.oldValue)) continue;
      const field = FIELD_BY_LOCAL_KEY.get(key);
      if (field) fields.add(field);
      if (key === OVERRIDES_LOCAL_KEY) overriddenFields(change).forEach((name) => fields.add(name));
    }
    if (fields.size === 0) return;
    forget('local');
  }
  const change = { fields, policyKeys: managed ?? [] };
  for (const listener of listeners) listener(change);
}

/** Overrides are kept per field (`lookupTemplates:<ats>` per ATS): the settings whose entry changed. */
function overriddenFields({ newValue, oldValue }: Changes[string]): PolicyField[] {
  const next = (newValue ?? {}) as Record<string, string>;
  const previous = (oldValue ?? {}) as Record<string, string>;
  const keys = [...new Set([...Object.keys(next), ...Object.keys(previous)])].filter((key) => next[key] !== previous[key]);
  return POLICY_FIELDS.filter((field) => keys.some((key) => key.split(':')[0] === field));
}
