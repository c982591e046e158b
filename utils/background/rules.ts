import { browser } from 'wxt/browser';
import { adapterById, adapters } from '../ats';
import { coversUrl, matchesPattern } from '../ats/match-pattern';
import type { AtsAdapter } from '../ats/types';
import type { HostAdapter } from '../tab-state';
import { RULE_PREFIX, ruleAdapter, rulePattern, type CustomRule } from '../rules';
import { withLock } from '../storage';
import { effectiveRules, effectiveTemplates } from './effective';

const SCRIPT_ID = 'custom-rules';
const CONTENT_SCRIPT = '/content-scripts/ats.js';

/** The rules in force: the organisation's policy rules and the recruiter's own (re-validated). */
export function readRules(): Promise<CustomRule[]> {
  return effectiveRules();
}

export async function rulesForUrl(url: string): Promise<CustomRule[]> {
  return (await readRules()).filter((rule) => matchesPattern(rulePattern(rule), url));
}

/** Who could have read this page (it read nothing): shipped adapters on its host, then the rules for it. */
export async function hostAdapters(url: string): Promise<HostAdapter[]> {
  const shipped = adapters.filter((adapter) => coversUrl(adapter, url)).map((adapter) => ({ id: adapter.id, name: adapter.name }));
  const rules = (await rulesForUrl(url).catch(() => [])).map((rule) => ({
    id: `${RULE_PREFIX}${rule.id}`,
    name: rule.name,
    shapes: [rule.urlPattern, rule.selector && (rule.attribute ? `${rule.selector} [${rule.attribute}]` : rule.selector)].filter(
      (shape): shape is string => !!shape,
    ),
    template: rule.template,
  }));
  return [...shipped, ...rules];
}

/** The adapter for a detection: a shipped one, or a recruiter's rule that covers the page's URL. */
export async function resolveAdapter(
  atsId: string,
  url: string,
  templatesFor: (atsId: string) => Promise<readonly string[]> = effectiveTemplates,
): Promise<{ adapter: AtsAdapter; templates: readonly string[]; rule?: CustomRule } | undefined> {
  if (atsId.startsWith(RULE_PREFIX)) {
    const rule = (await rulesForUrl(url)).find((candidate) => `${RULE_PREFIX}${candidate.id}` === atsId);
    return rule ? { adapter: ruleAdapter(rule), templates: [rule.template], rule } : undefined;
  }
  const adapter = adapterById(atsId);
  if (!adapter || !coversUrl(adapter, url)) return undefined;
  return { adapter, templates: await templatesFor(atsId) };
}

/**
 * Registers the detector on the hosts of the recruiter's rules that have been granted, persistently,
 * so rules keep working after a browser restart. Hosts not granted are skipped until they are.
 */
export function syncRuleScripts(): Promise<void> {
  // One at a time: a rules save, a permission grant and a policy change can arrive together, and two
  // interleaved runs both unregister, then both register (the second fails as a duplicate id) or the
  // older list wins.
  return withLock(`scripting:${SCRIPT_ID}`, syncNow);
}

async function syncNow(): Promise<void> {
  const scripting = browser.scripting as typeof browser.scripting | undefined;
  if (!scripting?.registerContentScripts) return; // Firefox MV2: rules need the page reloaded from the panel
  const allowed: string[] = [];
  for (const rule of await readRules()) {
    const pattern = rulePattern(rule);
    if (await browser.permissions.contains({ origins: [pattern] }).catch(() => false)) allowed.push(pattern);
  }
  // A shipped host: the manifest's content script runs there already (a second copy would scan twice).
  const patterns = allowed.filter((pattern) => !adapters.some((adapter) => coversUrl(adapter, pattern.replace(/\*$/, ''))));
  const existing = await scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] }).catch(() => []);
  if (existing.length > 0) await scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (patterns.length > 0) {
    await scripting.registerContentScripts([
      { id: SCRIPT_ID, matches: [...new Set(patterns)], js: [CONTENT_SCRIPT], runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  }
  await injectIntoRuleTabs(allowed);
}

/**
 * A rule just saved, or its host just allowed, reads the tabs already open on it, as the install does
 * for shipped hosts: a fresh copy of the detector there (it replaces one already running, which read
 * the page with the old rules) instead of asking the recruiter to reload.
 */
async function injectIntoRuleTabs(patterns: readonly string[]): Promise<void> {
  if (patterns.length === 0) return;
  // Only tabs whose address the extension may read match: the host permission is the filter.
  const tabs = await browser.tabs.query({ url: [...new Set(patterns)] }).catch(() => []);
  for (const tab of tabs) {
    if (tab.id === undefined) continue;
    await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [CONTENT_SCRIPT] }).catch(() => undefined);
  }
}
