import * as z from 'zod/mini';
import { DEFAULT_BASE_URL } from './api/constants';
import { adapterById } from './ats';
import { t, type MessageKey } from './i18n';
import { checkRule, checkRuleList, checkTemplates, type CustomRule } from './rules';
import { checkApiKey, checkBaseUrl } from './settings';
import { aiInterviewsItem, allowInvitesItem, allowShareItem, autoOpenItem, customRulesItem, downloadableItem, listScoresItem, templatesItem } from './storage';

// Every setting an admin may push, listed once: its policy key (the name admins rely on, docs/deploy.md),
// where the recruiter's own value lives, the built-in default, and how a policy value is checked. The
// value in force comes from utils/policy.ts inForce in the worker, which publishes it for the pages.

/** A policy value checked: the normalised value, or why the whole key is ignored. */
export type Parsed = { ok: true; value: unknown } | { ok: false; reason: string };

/** What each entry holds; `item` only where extension pages may read the recruiter's own value. */
interface Setting {
  readonly item?: { getValue(): Promise<unknown> };
  /** The storage.local key whose change means the recruiter's value changed (the worker's snapshot listens to it). */
  readonly localKey: string;
  readonly fallback: unknown;
  readonly parse: (raw: unknown) => Parsed;
}

const typed =
  <T>(schema: z.ZodMiniType<T>, expected: MessageKey, then: (value: T) => string | undefined = () => undefined, normalize = (value: T): unknown => value) =>
  (raw: unknown): Parsed => {
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return { ok: false, reason: t('policyWrongType', t(expected)) };
    const problem = then(parsed.data);
    return problem ? { ok: false, reason: t('policyIgnored', problem) } : { ok: true, value: normalize(parsed.data) };
  };

const flag = typed(z.boolean(), 'policyTypeBoolean');

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

function parseRules(raw: unknown): Parsed {
  if (!Array.isArray(raw)) return { ok: false, reason: t('policyWrongType', t('policyTypeRules')) };
  const rules: CustomRule[] = [];
  for (const [index, item] of raw.entries()) {
    const checked = checkRule(item, selectorCheck);
    if (!checked.ok) return { ok: false, reason: t('policyIgnored', t('policyRuleInvalid', index + 1, checked.message)) };
    rules.push(checked.rule);
  }
  const list = checkRuleList(rules);
  return list.ok ? { ok: true, value: list.rules } : { ok: false, reason: t('policyIgnored', list.message) };
}

/** At most this many named interviews: a select a recruiter can still read. */
export const MAX_AI_INTERVIEWS = 50;
const interviewSchema = z.array(z.object({ id: z.int().check(z.positive(), z.maximum(Number.MAX_SAFE_INTEGER)), name: z.string() }));

/** A list of AI interviews as the policy or the settings page gives it: why it cannot be used, or undefined. */
export function aiInterviewsProblem(list: readonly { id: number; name: string }[]): string | undefined {
  if (list.length > MAX_AI_INTERVIEWS) return t('aiInterviewsTooMany', MAX_AI_INTERVIEWS);
  const seen = new Set<number>();
  for (const [index, interview] of list.entries()) {
    const name = interview.name.trim();
    if (!name || name.length > 100) return t('aiInterviewsBadName', index + 1);
    if (seen.has(interview.id)) return t('aiInterviewsDuplicate', interview.id);
    seen.add(interview.id);
  }
  return undefined;
}

const trimmedLines = (lines: readonly string[]) => lines.map((line) => line.trim()).filter(Boolean);

export const SETTINGS = {
  apiBaseUrl: {
    // storage.local holds only a copy: its change event says the address changed (secret.ts savedBaseUrlItem).
    localKey: 'baseUrl',
    fallback: DEFAULT_BASE_URL as string,
    parse: typed(
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
  },
  apiKey: {
    // The key is in IndexedDB; this storage.local revision changes with it (secret.ts apiKeyItem).
    localKey: 'apiKeyRevision',
    fallback: '' as string,
    parse: typed(
      z.string(),
      'policyTypeString',
      (value) => checkApiKey(value),
      (value) => value.trim(),
    ),
  },
  lookupTemplates: {
    item: templatesItem,
    localKey: 'templates',
    // Per ATS: an ATS absent here uses its adapter's defaultTemplates (templatesInForce).
    fallback: {} as Record<string, string[]>,
    parse: typed(
      z.record(z.string(), z.array(z.string())),
      'policyTypeTemplates',
      (value) => {
        for (const [atsId, lines] of Object.entries(value)) {
          const adapter = adapterById(atsId);
          if (!adapter) return t('policyUnknownAts', atsId);
          const problem = checkTemplates(trimmedLines(lines), Object.keys(adapter.idLabels));
          if (problem) return `${adapter.name}: ${problem}`;
        }
        return undefined;
      },
      (value) => Object.fromEntries(Object.entries(value).map(([atsId, lines]) => [atsId, trimmedLines(lines)])),
    ),
  },
  customRules: { item: customRulesItem, localKey: 'customRules', fallback: [] as unknown[], parse: parseRules },
  autoOpen: { item: autoOpenItem, localKey: 'autoOpen', fallback: false as boolean, parse: flag },
  downloadableRecordings: { item: downloadableItem, localKey: 'downloadableRecordings', fallback: false as boolean, parse: flag },
  // On unless someone turned it off.
  listScores: { item: listScoresItem, localKey: 'listScores', fallback: true as boolean, parse: flag },
  aiInterviews: {
    item: aiInterviewsItem,
    localKey: 'aiInterviews',
    fallback: [] as { id: number; name: string }[],
    parse: typed(interviewSchema, 'policyTypeAiInterviews', aiInterviewsProblem, (list) => list.map(({ id, name }) => ({ id, name: name.trim() }))),
  },
  allowInvites: { item: allowInvitesItem, localKey: 'allowInvites', fallback: true as boolean, parse: flag },
  allowShare: { item: allowShareItem, localKey: 'allowShare', fallback: true as boolean, parse: flag },
} satisfies Record<string, Setting>;

export type PolicyField = keyof typeof SETTINGS;
export const POLICY_FIELDS = Object.keys(SETTINGS) as PolicyField[];
/** The policy key listing the settings the recruiter may not change. */
export const LOCKED_KEY = 'lockedSettings';
/** Where the recruiter records overriding an unlocked policy value (utils/policy.ts noteOverride). */
export const OVERRIDES_LOCAL_KEY = 'policyOverrides';
