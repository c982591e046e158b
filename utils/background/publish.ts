import type { TabState } from '../tab-state';
import { badgeFor } from './badge';
import { toolbarAction } from './side-panel';

/**
 * Shows a tab's state where the recruiter looks: the toolbar badge and its tooltip. Only there: the
 * in-page button sits next to the ATS page's scripts and is never told the score or the status.
 *
 * A state change that leaves the badge as it is (a second "loading" while the page fills in, the
 * email arriving) costs no calls: three IPC round trips each, on the path to the badge. The browser
 * resets a tab's badge when the tab loads a page, so `forget` runs on every navigation and the next
 * state is shown whatever was shown before.
 */
export function createPublisher() {
  const shown = new Map<number, string>();
  async function publish(state: TabState | null, tabId: number): Promise<void> {
    const view = badgeFor(state);
    const action = toolbarAction();
    if (!action) return;
    const signature = `${view.text}\n${view.color}\n${view.title}`;
    if (shown.get(tabId) === signature) return;
    shown.set(tabId, signature);
    const results = await Promise.allSettled([
      action.setBadgeText({ tabId, text: view.text }),
      action.setBadgeBackgroundColor({ tabId, color: view.color }),
      action.setTitle({ tabId, title: view.title }),
    ]);
    // A call that failed (the tab closed meanwhile) must not be remembered as shown.
    if (results.some((result) => result.status === 'rejected') && shown.get(tabId) === signature) shown.delete(tabId);
  }
  return { publish, forget: (tabId: number) => void shown.delete(tabId) };
}
