import { browser } from 'wxt/browser';
import { DEFAULT_API_ORIGIN } from '../api/constants';
import { rulePattern } from '../rules';
import { checkBaseUrl, originPattern } from '../settings';
import { effectiveConfig } from './effective';
import { readRules } from './rules';

/**
 * Gives back optional host permissions nothing needs any more: a rule's host once no rule uses it, an
 * API origin once the base URL moved away from it. Least privilege: a host the recruiter allowed once
 * should not stay readable after the rule or setting that needed it is gone. Required permissions
 * (the manifest's hosts and content-script matches) are never touched.
 */
export function releaseUnneededOrigins(): Promise<void> {
  // One at a time, like rule registration: two quick edits must not decide from a stale list.
  const run = queue.then(releaseNow, releaseNow);
  queue = run.catch(() => undefined);
  return run;
}

let queue: Promise<void> = Promise.resolve();

async function releaseNow(): Promise<void> {
  if (!browser.permissions?.getAll || !browser.permissions.remove) return;
  const needed = new Set((await readRules()).map(rulePattern));
  // The address in force, which may be the organisation's (its origin was granted by a click too).
  const base = checkBaseUrl((await effectiveConfig()).baseUrl);
  if (base.ok && base.origin !== DEFAULT_API_ORIGIN) needed.add(originPattern(base.origin));
  const required = requiredOrigins();
  const { origins = [] } = await browser.permissions.getAll();
  for (const origin of origins) {
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
