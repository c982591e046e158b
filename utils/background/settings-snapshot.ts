import { browser } from 'wxt/browser';
import { LOCKED_KEY, OVERRIDES_LOCAL_KEY, POLICY_FIELDS, SETTINGS, type PolicyField } from '../settings-list';
import { autoOpenItem, customRulesItem, downloadableItem, listScoresItem, policyOverridesItem, templatesItem } from '../storage';
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

async function readLocal(withKey = true): Promise<{ local: LocalValues; overrides: Record<string, string> }> {
  const [apiBaseUrl, apiKey, lookupTemplates, customRules, autoOpen, downloadableRecordings, listScores, overrides] = await Promise.all([
    withKey ? savedBaseUrlItem.getValue() : undefined,
    withKey ? apiKeyItem.getValue() : '',
    templatesItem.getValue(),
    customRulesItem.getValue(),
    autoOpenItem.getValue(),
    downloadableItem.getValue(),
    listScoresItem.getValue(),
    policyOverridesItem.getValue(),
  ]);
  return { local: { apiBaseUrl, apiKey, lookupTemplates, customRules, autoOpen, downloadableRecordings, listScores }, overrides };
}

// The snapshot in two halves, each refreshed on its own area's change: a recruiter's change never
// waits on (or wakes) the managed area, which can be slow at browser start (managed.ts).
let policyRead: Promise<Policy> | undefined;
let localRead: ReturnType<typeof readLocal> | undefined;
// Both halves as one promise, the same one for every caller until a change: the answer is one step away.
let both: Promise<Settings> | undefined;
// The same, once it has come: a value derived from it is then one step away (every detection asks).
let known: Settings | undefined;
// Why module state: the snapshot is the worker's memory of its settings; a restarted worker starts empty.
let kept = false;
const listeners: ((change: SettingsChange) => void)[] = [];

const readPolicy = () => readManagedPolicy((_live, keys) => changed({ managed: keys }));

/** A read that fails is not kept: the next one tries again. */
function keep<T>(read: Promise<T>, forget: (read: Promise<T>) => void): Promise<T> {
  read.catch(() => forget(read));
  return read;
}

const combine = ([policy, { local, overrides }]: [Policy, Awaited<ReturnType<typeof readLocal>>]): Settings => ({ policy, local, overrides });

/**
 * The settings now. `withKey: false` is for a derivation that does not use the key or its address:
 * outside the worker's snapshot it then reads neither (they are in IndexedDB, secret.ts), and both read as none.
 */
export function readSettings({ withKey = true } = {}): Promise<Settings> {
  if (!kept) return Promise.all([readPolicy(), readLocal(withKey)]).then(combine);
  if (both) return both;
  policyRead ??= keep(readPolicy(), (read) => policyRead === read && forget('policy'));
  localRead ??= keep(readLocal(), (read) => localRead === read && forget('local'));
  const read = Promise.all([policyRead, localRead]).then(combine);
  both = read;
  void read.then(
    (settings) => both === read && (known = settings),
    () => undefined,
  );
  read.catch(() => both === read && (both = undefined));
  return read;
}

function forget(half: 'policy' | 'local'): void {
  if (half === 'policy') policyRead = undefined;
  else localRead = undefined;
  both = undefined;
  known = undefined;
}

/** Something derived from the settings in force (effective.ts), without a wait when the worker knows them. */
export function fromSettings<T>(derive: (settings: Settings) => T, options?: { withKey: boolean }): Promise<T> {
  return known ? Promise.resolve(derive(known)) : readSettings(options).then(derive);
}

/** Calls back after every change of a setting's inputs, once the snapshot already holds the new values. */
export function onSettingsChange(listener: (change: SettingsChange) => void): void {
  listeners.push(listener);
}

const FIELD_BY_LOCAL_KEY = new Map(POLICY_FIELDS.map((field) => [SETTINGS[field].localKey, field]));

export function keepSettingsInMemory(): void {
  kept = true;
  policyRead = undefined;
  localRead = undefined;
  both = undefined;
  known = undefined;
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
