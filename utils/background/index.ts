import { browser } from 'wxt/browser';
import { createAutoOpen } from './auto-open';
import { keepCacheKnowledgeInMemory, keepWhileShown } from './cache';
import { keepBudgetInMemory } from './budget';
import { wireContextMenu } from './context-menu';
import { lookupManually } from './detection';
import { effectiveListScores, effectiveTemplates } from './effective';
import { onFirstRun } from './first-run';
import { contentHandlers, pageHandlers } from './handlers';
import { publishInForce, touchesInForce } from './in-force';
import { restrictStorageToExtension } from './isolation';
import type { ListDeps } from './list-scores';
import { createMessageListener } from './message-listener';
import { createPublisher } from './publish';
import { requestQueue } from './queue';
import { rememberRecent } from './recent';
import { createRecovery, injectIntoOpenTabs, RESUME_AFTER_MS } from './recovery';
import type { ResolveDeps } from './resolver';
import { createRuleHosts } from './rule-hosts';
import { syncRuleScripts } from './rules';
import { keepKeyOutOfStorageLocal } from './secret';
import { hasBaseUrlAccess, publishPolicyView, readConfig, touchesConfig } from './settings';
import { keepSettingsInMemory, onSettingsChange } from './settings-snapshot';
import { togglePanel, trackOpenPanels, wireToolbarButton } from './side-panel';
import { wireTabLifecycle } from './tab-lifecycle';
import { keepTabsInMemory, onTabStateChange, tabsInMemory } from './tabs';
import { queuedCheck, watchFromTab, wireWatch } from './watch';

// The recruiter's lookups take their turn in the one queue too: at most four requests out, theirs first.
const deps: ResolveDeps = {
  config: readConfig,
  templates: effectiveTemplates,
  hasAccess: hasBaseUrlAccess,
  client: { fetch: requestQueue.fetchFor('user') },
};
// Score chips on candidate lists: after the recruiter's own lookups, before watch re-checks.
const listDeps: ListDeps = { ...deps, client: { fetch: requestQueue.fetchFor('list') }, listScoresOn: effectiveListScores };

/**
 * Everything the worker does, registered synchronously at start so a woken worker hears its event.
 * Only listeners and wiring here: what each one does lives in its own module.
 */
export function startBackground(): void {
  keepSettingsInMemory();
  keepTabsInMemory();
  keepBudgetInMemory();
  keepCacheKnowledgeInMemory();
  keepWhileShown(tabsInMemory);
  void restrictStorageToExtension();
  keepKeyOutOfStorageLocal();
  wireToolbarButton();
  trackOpenPanels();
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command === 'toggle-panel' && tab?.id !== undefined) void togglePanel(tab.id, tab.windowId);
  });
  wireContextMenu((tabId, text, url) => lookupManually(tabId, text, deps, url));

  const ruleHosts = createRuleHosts();
  const autoOpen = createAutoOpen();
  const recovery = createRecovery(deps);
  const badges = createPublisher();
  const handlers = contentHandlers({ deps, listDeps, listScoresOn: effectiveListScores, autoOpen, ruleHosts });
  browser.runtime.onMessage.addListener(createMessageListener(handlers, pageHandlers(deps), ruleHosts));
  wireTabLifecycle({ isKnownPage: ruleHosts.isKnownPage, forgetBadge: badges.forget, forgetAutoOpen: autoOpen.forget });
  browser.runtime.onInstalled.addListener((details) => {
    void injectIntoOpenTabs();
    void onFirstRun(details);
    void publishPolicyView();
  });
  // Not at every start: a worker woken for a detection has better things to do first; the settings
  // page asks (policy:get), and a change while the browser runs is published as it happens.
  browser.runtime.onStartup.addListener(() => void publishPolicyView());
  browser.permissions.onAdded?.addListener(() => {
    void syncRuleScripts().catch(() => undefined);
    void recovery.retryWithoutPermission();
  });
  browser.permissions.onRemoved?.addListener(() => void syncRuleScripts().catch(() => undefined));
  onTabStateChange(badges.publish);
  onTabStateChange(rememberRecent);
  onSettingsChange((change) => {
    // The admin changed the policy, or the recruiter a setting, while the browser runs: apply it now.
    if (change.policyKeys.length > 0) void publishPolicyView();
    else if (touchesInForce(change)) void publishInForce();
    if (change.fields.has('autoOpen')) autoOpen.reread();
    if (change.fields.has('customRules') || change.policyKeys.length > 0) void ruleHosts.reload();
    if (touchesConfig(change)) void recovery.onConfigChanged();
  });
  onTabStateChange((state) => watchFromTab(state));
  wireWatch(queuedCheck(readConfig, requestQueue));
  // Recovery, not the event that woke the worker: after it.
  setTimeout(() => void recovery.resumeUnfinished(), RESUME_AFTER_MS);
}
