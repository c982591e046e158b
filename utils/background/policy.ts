import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { adapterById } from '../ats';
import { t, type MessageKey } from '../i18n';
import { LOCKED_KEY, POLICY_FIELDS, type PolicyField, type PolicyProblem, type PolicyView } from '../policy';
import { checkRule, checkRuleList, checkTemplates, type CustomRule } from '../rules';
import { checkApiKey, checkBaseUrl } from '../settings';
import { policyViewItem } from '../storage';
import { readManagedArea } from './managed';

// The managed storage area (Chrome/Edge policy `3rdparty.extensions.<id>`, Firefox policies.json
// `3rdparty.Extensions.<id>`), read only here, in the worker: it holds the admin's API key. Each key is valid
// or ignored whole with a reason; one bad key never stops the others.

export interface PolicyValues {
  readonly apiBaseUrl?: string;
  readonly apiKey?: string;
  readonly lookupTemplates?: Readonly<Record<string, readonly string[]>>;
  readonly customRules?: readonly CustomRule[];
  readonly autoOpen?: boolean;
  readonly downloadableRecordings?: boolean;
  readonly listScores?: boolean;
}

export interface Policy {
  readonly values: PolicyValues;
  readonly locked: ReadonlySet<PolicyField>;
  readonly problems: readonly PolicyProblem[];
}

type Check = (raw: unknown) => { ok: true; value: unknown } | { ok: false; reason: string };

const typed =
  <T>(
    schema: z.ZodMiniType<T>,
    expected: MessageKey,
    then: (value: T) => string | undefined = () => undefined,
    normalize = (value: T): unknown => value,
  ): Check =>
  (raw) => {
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return { ok: false, reason: t('policyWrongType', t(expected)) };
    const problem = then(parsed.data);
    return problem ? { ok: false, reason: t('policyIgnored', problem) } : { ok: true, value: normalize(parsed.data) };
  };

// The service worker has no DOM to try a selector on; the content script's querySelector is the
// final judge there (a rule whose selector throws finds nothing).
const selectorCheck = (selector: string) => {
  if (typeof document === 'undefined') return selector.length <= 500;
  try {
    document.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
};

const CHECKS: Record<PolicyField, Check> = {
  apiBaseUrl: typed(
    z.string(),
    'policyTypeString',
    (value) => {
      const checked = checkBaseUrl(value);
      if (!checked.ok) return checked.message;
      // Stricter than the settings page: a fleet-wide address is never plain http, not even localhost.
      return new URL(checked.baseUrl).protocol === 'https:' ? undefined : t('policyHttpsOnly');
    },
    (value) => (checkBaseUrl(value) as { baseUrl: string }).baseUrl,
  ),
  apiKey: typed(
    z.string(),
    'policyTypeString',
    (value) => checkApiKey(value),
    (value) => value.trim(),
  ),
  lookupTemplates: typed(
    z.record(z.string(), z.array(z.string())),
    'policyTypeTemplates',
    (value) => {
      for (const [atsId, lines] of Object.entries(value)) {
        const adapter = adapterById(atsId);
        if (!adapter) return t('policyUnknownAts', atsId);
        const problem = checkTemplates(lines.map((line) => line.trim()).filter(Boolean), Object.keys(adapter.idLabels));
        if (problem) return `${adapter.name}: ${problem}`;
      }
      return undefined;
    },
    (value) => Object.fromEntries(Object.entries(value).map(([atsId, lines]) => [atsId, lines.map((line) => line.trim()).filter(Boolean)])),
  ),
  customRules: (raw) => {
    if (!Array.isArray(raw)) return { ok: false, reason: t('policyWrongType', t('policyTypeRules')) };
    const rules: CustomRule[] = [];
    for (const [index, item] of raw.entries()) {
      const checked = checkRule(item, selectorCheck);
      if (!checked.ok) return { ok: false, reason: t('policyIgnored', t('policyRuleInvalid', index + 1, checked.message)) };
      rules.push(checked.rule);
    }
    const list = checkRuleList(rules);
    return list.ok ? { ok: true, value: list.rules } : { ok: false, reason: t('policyIgnored', list.message) };
  },
  autoOpen: typed(z.boolean(), 'policyTypeBoolean'),
  downloadableRecordings: typed(z.boolean(), 'policyTypeBoolean'),
  listScores: typed(z.boolean(), 'policyTypeBoolean'),
};

const lockedSchema = z.array(z.string());

/** Parses the managed area's contents. Never throws; whatever is not valid is listed in problems. */
export function parsePolicy(raw: unknown): Policy {
  const input = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const values: Record<string, unknown> = {};
  const problems: PolicyProblem[] = [];
  for (const field of POLICY_FIELDS) {
    if (input[field] === undefined) continue;
    const checked = CHECKS[field](input[field]);
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
 * The managed area now (managed.ts: never stalled by a browser whose policy is not ready yet). When a
 * stand-in was used, the live policy is applied on arrival like an admin's change, if it differs.
 */
async function readManaged(): Promise<Policy> {
  const { area, late } = await readManagedArea();
  if (late) {
    void late.then((live) => {
      const changed = [...new Set([...Object.keys(area), ...Object.keys(live)])].filter((key) => JSON.stringify(area[key]) !== JSON.stringify(live[key]));
      if (changed.length === 0) return;
      memo = undefined;
      for (const listener of changeListeners) listener(changed);
    });
  }
  return parsePolicy(area);
}

const changeListeners: ((keys: string[]) => void)[] = [];

// In the worker the policy is read once and again after each change of the managed area (every
// detection needs it, for templates and config); keepPolicyInMemory turns that on. Elsewhere (and in
// tests that do not start the worker) every call reads. Firefox reads policies.json at its start only.
let memo: Promise<Policy> | undefined;
let memoOn = false;

export function keepPolicyInMemory(): void {
  memo = undefined;
  memoOn = true;
  changeListeners.length = 0; // a fresh worker: its own watchers register next
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') memo = undefined;
  });
}

export function readPolicy(): Promise<Policy> {
  if (!memoOn) return readManaged();
  memo ??= readManaged();
  return memo;
}

/** The policy for extension pages: the API key only as "set or not". */
export function viewOf(policy: Policy): PolicyView {
  const { apiKey, ...values } = policy.values;
  return { ...values, hasApiKey: apiKey !== undefined, locked: [...policy.locked], problems: policy.problems };
}

export async function publishPolicyView(): Promise<PolicyView> {
  const view = viewOf(await readPolicy());
  await policyViewItem.setValue(view);
  return view;
}

/** Calls back with the changed policy keys whenever the admin's policy changes (live, no reload). */
export function watchPolicy(onChange: (keys: string[]) => void): void {
  changeListeners.push(onChange);
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'managed') return;
    memo = undefined; // whichever listener runs first, none reads the old policy from memory
    onChange(Object.keys(changes));
  });
}
