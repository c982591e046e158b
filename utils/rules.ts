import type { AtsAdapter, DetectedId } from './ats/types';
import { t } from './i18n';
import { isPublicSuffix } from './public-suffix';

/** A recruiter's own rule for an ATS we do not ship. Stored in settings, exported/imported as JSON. */
export interface CustomRule {
  /** Lowercase letters/digits; the adapter id is `custom-{id}`. */
  readonly id: string;
  readonly name: string;
  /** Exact host (ats.example.com) or a wildcard subdomain (*.example.com). https only. */
  readonly host: string;
  /** Regular expression over the full URL; its named groups become ids, e.g. (?<candidateId>\d+). */
  readonly urlPattern?: string;
  /** CSS selector of an element holding an id; read from `attribute`, or its text when none. */
  readonly selector?: string;
  readonly attribute?: string;
  /** Template filled with ids, e.g. "WD-{candidateId}"; a selector's id is called {pageId}. */
  readonly template: string;
}

export const RULE_PREFIX = 'custom-';
const SAFE_ID = /^[\w.@:+-]{1,200}$/;
const HOST = /^(\*\.)?([a-z0-9-]+\.)+[a-z]{2,}$/;

export function rulePattern(rule: Pick<CustomRule, 'host'>): string {
  return `https://${rule.host}/*`;
}

/** Ids this rule reads from the page, or null when the page is not one of its profiles. */
export function applyRule(rule: CustomRule, url: URL, doc: Document): { ids: DetectedId[] } | null {
  const ids: DetectedId[] = [];
  if (rule.urlPattern) {
    const groups = new RegExp(rule.urlPattern).exec(url.href.slice(0, 2048))?.groups ?? {};
    for (const [key, value] of Object.entries(groups)) if (value && SAFE_ID.test(value)) ids.push({ key, value });
  }
  if (rule.selector) {
    // The worker cannot check selectors (no DOM there), so one that slipped through must fail here alone.
    let element: Element | null = null;
    try {
      element = doc.querySelector(rule.selector);
    } catch {
      element = null;
    }
    const value = (rule.attribute ? element?.getAttribute(rule.attribute) : element?.textContent)?.trim();
    if (value && SAFE_ID.test(value)) ids.push({ key: 'pageId', value });
  }
  return ids.length > 0 ? { ids } : null;
}

export function ruleAdapter(rule: CustomRule): AtsAdapter {
  return {
    id: `${RULE_PREFIX}${rule.id}`,
    name: rule.name,
    matches: [rulePattern(rule)],
    idLabels: {},
    defaultTemplates: [rule.template],
    detect: (url, doc) => applyRule(rule, url, doc),
  };
}

export type RuleCheck = { ok: true; rule: CustomRule } | { ok: false; field: keyof CustomRule | 'rule'; message: string };

/** Validates one rule as typed or imported; every message says what to fix. */
export function checkRule(input: unknown, validSelector: (selector: string) => boolean = defaultSelectorCheck): RuleCheck {
  if (typeof input !== 'object' || input === null) return { ok: false, field: 'rule', message: t('ruleNotObject') };
  const raw = input as Record<string, unknown>;
  const text = (key: string) => (typeof raw[key] === 'string' ? (raw[key] as string).trim() : '');
  const rule = {
    id: text('id') || `r${Date.now().toString(36)}`,
    name: text('name'),
    host: text('host')
      .toLowerCase()
      .replace(/^https?:\/\//, '')
      .replace(/\/.*$/, ''),
    urlPattern: text('urlPattern') || undefined,
    selector: text('selector') || undefined,
    attribute: text('attribute') || undefined,
    template: text('template'),
  };
  if (!/^[a-z0-9]{1,30}$/.test(rule.id)) return { ok: false, field: 'id', message: t('ruleBadId') };
  if (!rule.name || rule.name.length > 60) return { ok: false, field: 'name', message: t('ruleBadName') };
  if (!HOST.test(rule.host)) return { ok: false, field: 'host', message: t('ruleBadHost') };
  if (isPublicSuffix(rule.host.replace(/^\*\./, ''))) return { ok: false, field: 'host', message: t('rulePublicSuffix', rule.host) };
  if (!rule.urlPattern && !rule.selector) return { ok: false, field: 'urlPattern', message: t('ruleNoMatch') };
  const names = new Set<string>();
  if (rule.urlPattern) {
    try {
      const groups = new RegExp(`${rule.urlPattern}|`).exec('')?.groups;
      for (const name of Object.keys(groups ?? {})) names.add(name);
    } catch (error) {
      return { ok: false, field: 'urlPattern', message: t('ruleBadPattern', (error as Error).message) };
    }
    if (names.size === 0) return { ok: false, field: 'urlPattern', message: t('ruleNoGroup') };
  }
  if (rule.selector) {
    if (!validSelector(rule.selector)) return { ok: false, field: 'selector', message: t('ruleBadSelector') };
    names.add('pageId');
  }
  if (rule.attribute && !/^[\w:-]{1,60}$/.test(rule.attribute)) return { ok: false, field: 'attribute', message: t('ruleBadAttribute') };
  const used = [...rule.template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
  if (used.length === 0) return { ok: false, field: 'template', message: t('ruleTemplateNoId') };
  const unknown = used.find((name) => !names.has(name));
  if (unknown) return { ok: false, field: 'template', message: t('ruleTemplateUnknown', `{${unknown}}`, placeholders([...names])) };
  return { ok: true, rule };
}

/**
 * Checked where a DOM exists (the settings page at save and import, the content script on use). The
 * MV3 service worker has no `document`: there a selector is taken as saved, and `applyRule` contains a
 * bad one to its own rule.
 */
function defaultSelectorCheck(selector: string): boolean {
  if (typeof document === 'undefined') return true;
  try {
    document.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}

/** Checks an imported JSON file: every rule valid, ids unique. */
export function checkRuleList(input: unknown): { ok: true; rules: CustomRule[] } | { ok: false; message: string } {
  const list = Array.isArray(input) ? input : (input as { rules?: unknown } | null)?.rules;
  if (!Array.isArray(list)) return { ok: false, message: t('ruleListNotList') };
  const rules: CustomRule[] = [];
  for (const [index, item] of list.entries()) {
    const checked = checkRule(item);
    if (!checked.ok) return { ok: false, message: t('ruleListItem', index + 1, checked.message) };
    if (rules.some((rule) => rule.id === checked.rule.id)) return { ok: false, message: t('ruleListDuplicate', index + 1, checked.rule.id) };
    rules.push(checked.rule);
  }
  return { ok: true, rules };
}

/**
 * Stored rules read back one by one: a rule that no longer passes the checks is left out on its own,
 * with the reason, and every other rule keeps working. (Import stays all-or-nothing: see checkRuleList.)
 */
export function readableRules(input: unknown): { rules: CustomRule[]; skipped: string[] } {
  const rules: CustomRule[] = [];
  const skipped: string[] = [];
  for (const [index, item] of (Array.isArray(input) ? input : []).entries()) {
    const checked = checkRule(item);
    if (!checked.ok) skipped.push(t('ruleListItem', index + 1, checked.message));
    else if (rules.some((rule) => rule.id === checked.rule.id)) skipped.push(t('ruleListDuplicate', index + 1, checked.rule.id));
    else rules.push(checked.rule);
  }
  return { rules, skipped };
}

/** Templates are edited as text, one per line; {name} placeholders only. */
export function checkTemplates(lines: readonly string[], known: readonly string[]): string | undefined {
  if (lines.length === 0) return t('templatesEmpty');
  for (const line of lines) {
    const used = [...line.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
    if (used.length === 0) return t('templateNoId', line, placeholders(known));
    const unknown = used.find((name) => !known.includes(name));
    if (unknown) return t('templateUnknownId', `{${unknown}}`, placeholders(known));
    if (line.length > 200) return t('templateTooLong');
  }
  return undefined;
}

/** `{a}, {b}`: placeholders as the recruiter types them, so a list reads the same in every language. */
function placeholders(names: readonly string[]): string {
  return names.map((name) => `{${name}}`).join(', ');
}
