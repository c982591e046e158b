import { browser } from 'wxt/browser';
import type { TabMessage } from '../messages';
import type { TabState } from '../tab-state';
import { badgeFor } from './badge';
import { toolbarAction } from './side-panel';

/** Shows a tab's state where the recruiter looks: toolbar badge, its tooltip, the in-page launcher. */
export async function publish(state: TabState | null, tabId: number): Promise<void> {
  const view = badgeFor(state);
  const action = toolbarAction();
  if (action) {
    await Promise.allSettled([
      action.setBadgeText({ tabId, text: view.text }),
      action.setBadgeBackgroundColor({ tabId, color: view.color }),
      action.setTitle({ tabId, title: view.title }),
    ]);
  }
  if (state && state.phase !== 'no-candidate' && view.launcher && view.tone) {
    const message: TabMessage = { type: 'launcher:update', label: view.launcher, tone: view.tone, title: view.title };
    await browser.tabs.sendMessage(tabId, message).catch(() => undefined);
  }
}
