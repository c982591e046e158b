import { browser } from 'wxt/browser';
import { adapters } from '../ats';
import { coversUrl } from '../ats/match-pattern';
import { clearCache } from './cache';
import { lookupUnderway, refreshTab } from './detection';
import { apiOriginPattern, releaseOrigins } from './permissions';
import { abortAllRequests, resolveTab, resumeLater, type ResolveDeps } from './resolver';
import { syncRuleScripts } from './rules';
import { readConfig } from './settings';
import { allTabStates, newNavId, updateTab } from './tabs';

/** A worker that died mid-lookup picks its tabs up this long after it starts again. */
export const RESUME_AFTER_MS = 300;

/** Putting tabs right after something outside a lookup changed: the settings, a grant, a restart, an install. */
export function createRecovery(deps: ResolveDeps) {
  // The API origin the base URL in force needs (none for the default), to give it back when it moves.
  // The same read the first lookup makes (deps.config), not one of its own.
  let apiOrigin = deps.config().then((config) => apiOriginPattern(config.baseUrl));

  return {
    async onConfigChanged(): Promise<void> {
      const previousOrigin = apiOrigin;
      apiOrigin = readConfig().then((config) => apiOriginPattern(config.baseUrl));
      void Promise.all([previousOrigin, apiOrigin]).then(([before, now]) => releaseOrigins(before && before !== now ? [before] : []).catch(() => undefined));
      // Answers still on their way were asked with the old key or host: drop them, and give every tab a
      // new navId so nothing from before the change can be written.
      abortAllRequests();
      await clearCache();
      for (const state of await allTabStates()) {
        if (state.phase === 'no-candidate') continue;
        const navId = newNavId();
        await updateTab(state.tabId, (current) =>
          current ? { ...current, navId, phase: 'loading', result: undefined, refreshing: false, updatedAt: Date.now() } : undefined,
        );
        void resolveTab(state.tabId, navId, deps, { force: true });
      }
    },

    /** A worker stopped mid-fetch loses its promises, not its state: pick up what was still loading. */
    async resumeUnfinished(): Promise<void> {
      for (const state of await allTabStates()) {
        // A tab whose page spoke since the start has its lookup under way already.
        if (state.phase === 'loading' && !lookupUnderway(state.tabId)) void resolveTab(state.tabId, state.navId, deps);
        else if (state.result?.kind === 'paused') resumeLater(state.tabId, state.navId, state.result.resumeAt, deps);
      }
    },

    /** Access was just granted (settings or the panel's "Allow access"): tabs waiting for it load now. */
    async retryWithoutPermission(): Promise<void> {
      for (const state of await allTabStates()) {
        if (state.result?.kind === 'error' && state.result.error.kind === 'no-permission') void refreshTab(state.tabId, deps);
      }
    },
  };
}

export async function injectIntoOpenTabs(): Promise<void> {
  // Tabs opened before install/update have no detector yet; give them one instead of asking for a reload.
  await syncRuleScripts().catch(() => undefined);
  const tabs = await browser.tabs.query({ url: adapters.flatMap((adapter) => [...adapter.matches]) }).catch(() => []);
  for (const tab of tabs) {
    // tabs.query cannot leave out exclude_matches (public job boards under *.greenhouse.io).
    if (tab.id === undefined || (tab.url && !adapters.some((adapter) => coversUrl(adapter, tab.url!)))) continue;
    await browser.scripting.executeScript({ target: { tabId: tab.id }, files: ['/content-scripts/ats.js'] }).catch(() => undefined);
  }
}
