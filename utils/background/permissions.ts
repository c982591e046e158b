import { browser } from 'wxt/browser';
import { DEFAULT_API_ORIGIN } from '../api/constants';
import { rulePattern } from '../rules';
import { checkBaseUrl, originPattern } from '../settings';
import { withLock } from '../storage';
import { effectiveConfig } from './effective';
import { readRules } from './rules';

/** The host permission a base URL needs beyond the manifest's, if any. */
export function apiOriginPattern(baseUrl: string): string | undefined {
  const base = checkBaseUrl(baseUrl);
  return base.ok && base.origin !== DEFAULT_API_ORIGIN ? originPattern(base.origin) : undefined;
}

const RELEASE_LOCK = 'permissions:release';

/**
 * Gives back optional host permissions that a change has just stopped needing: the host of a removed
 * rule once no other rule uses it, the API origin the base URL moved away from. Least privilege: a
 * host the recruiter allowed once should not stay readable after the rule or setting that needed it
 * is gone. Only origins a change dropped are considered, never "everything not needed right now": a
 * host the recruiter has just allowed for a rule they are about to save must not be taken back in
 * between. Required permissions (the manifest's hosts and content-script matches) are never touched.
 */
export function releaseOrigins(dropped: readonly string[]): Promise<void> {
  // One at a time, like rule registration: two quick edits must not decide from a stale list. Nothing
  // dropped still waits for the releases under way.
  return withLock(RELEASE_LOCK, () => (dropped.length === 0 ? undefined : releaseNow(dropped)));
}

async function releaseNow(dropped: readonly string[]): Promise<void> {
  if (!browser.permissions?.remove) return;
  const needed = new Set((await readRules()).map(rulePattern));
  const api = apiOriginPattern((await effectiveConfig()).baseUrl); // the address in force, maybe the organisation's
  if (api) needed.add(api);
  const required = requiredOrigins();
  for (const origin of new Set(dropped)) {
    if (needed.has(origin) || required.has(origin)) continue;
    // One by one: a batch fails whole if the browser counts one of them as required.
    await browser.permissions.remove({ origins: [origin] }).catch(() => false);
  }
}

function requiredOrigins(): Set<string> {
  const manifest = browser.runtime.getManifest() as {
    host_permissions?: string[];
    permissions?: string[];
    content_scripts?: { matches?: string[] }[];
  };
  return new Set([
    ...(manifest.host_permissions ?? []),
    ...(manifest.permissions ?? []).filter((permission) => permission.includes('://')), // Firefox MV2
    ...(manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []),
  ]);
}
