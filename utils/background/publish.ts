import type { TabState } from '../tab-state';
import { badgeFor } from './badge';
import { toolbarAction } from './side-panel';

/**
 * Shows a tab's state where the recruiter looks: the toolbar badge and its tooltip. Only there: the
 * in-page button sits next to the ATS page's scripts and is never told the score or the status.
 */
export async function publish(state: TabState | null, tabId: number): Promise<void> {
  const view = badgeFor(state);
  const action = toolbarAction();
  if (!action) return;
  await Promise.allSettled([
    action.setBadgeText({ tabId, text: view.text }),
    action.setBadgeBackgroundColor({ tabId, color: view.color }),
    action.setTitle({ tabId, title: view.title }),
  ]);
}
