import { adapters } from '../ats';
import { coversUrl, matchesPattern } from '../ats/match-pattern';
import { rulePattern, type CustomRule } from '../rules';
import { releaseOrigins } from './permissions';
import { readRules, rulesForUrl, syncRuleScripts } from './rules';

/**
 * The hosts of the recruiter's rules, kept in memory so the sender check stays synchronous (opening
 * the side panel must happen inside the click's message handler, before any await). One per worker,
 * created at start.
 */
export function createRuleHosts() {
  let patterns: string[] = [];
  let loaded = false;

  async function load(resync: boolean): Promise<void> {
    const before = patterns;
    patterns = (await readRules()).map(rulePattern);
    loaded = true;
    if (!resync) return;
    // A removed rule's host is given back (unless another rule or the API still needs it).
    await releaseOrigins(before.filter((pattern) => !patterns.includes(pattern))).catch(() => undefined);
    await syncRuleScripts().catch(() => undefined);
  }

  const ready = load(false);
  const onRuleHost = (url: string) => patterns.some((pattern) => matchesPattern(pattern, url));

  return {
    /** Settles once the rules in force at start have been read. */
    ready,
    loaded: () => loaded,
    /** The rules changed (the recruiter's, or the policy's): read them again and resync their hosts. */
    reload: () => load(true),
    isKnownPage: (url: string) => adapters.some((adapter) => coversUrl(adapter, url)) || onRuleHost(url),
    /** The rules for a page nothing recognised: a shipped host's content script knows only the adapters. */
    rulesHere: (url: string): Promise<CustomRule[] | undefined> => ready.then(() => (onRuleHost(url) ? rulesForUrl(url) : undefined)),
  };
}

export type RuleHosts = ReturnType<typeof createRuleHosts>;
