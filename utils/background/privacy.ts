import type { ClearDataResult, RemoveKeyResult } from '../messages';
import { compareItem, lastDetectionItem, recentItem, REPORT_KEY_PREFIX, sessionKeys, TAB_KEY_PREFIX } from '../storage';
import { clearCache } from './cache';
import { forgetPreview } from './detection';
import { abortAllRequests } from './resolver';
import { apiKeyItem } from './secret';
import { updateTab } from './tabs';

// The settings page's "Your data" actions (PRIVACY.md, "Your controls"). Each one answers with what
// it removed, counted before removing, so the page can confirm it in plain numbers.

/** Every cached report, the recent-candidates list, the compare set, what each open tab showed, the lookup preview. */
export async function clearReportData(): Promise<ClearDataResult> {
  // First: nothing waiting (a list page's queued chips) goes out, and nothing on its way is stored.
  abortAllRequests();
  const [reports, recent, tabKeys] = await Promise.all([sessionKeys(REPORT_KEY_PREFIX), recentItem.getValue(), sessionKeys(TAB_KEY_PREFIX)]);
  await clearCache();
  const tabIds = tabKeys.map((key) => Number(key.slice(TAB_KEY_PREFIX.length))).filter((id) => Number.isInteger(id) && id >= 0);
  // Through updateTab, not a bare storage remove: it waits for a write already under way on that tab
  // and tells the badge, which then goes blank.
  await Promise.all(tabIds.map((tabId) => updateTab(tabId, () => null)));
  forgetPreview();
  await lastDetectionItem.removeValue();
  // Ids only, but they say which candidates the recruiter was weighing: report data too.
  await compareItem.removeValue();
  return { reports: reports.length, recent: recent.length, tabs: tabIds.length };
}

/**
 * Deletes the saved key. The reports fetched with it go too, here rather than only through the
 * config watcher, so the answer can say how many; the watcher then shows "no key" on open tabs.
 */
export async function removeApiKey(): Promise<RemoveKeyResult> {
  const removed = (await apiKeyItem.getValue()).length > 0;
  const reports = (await sessionKeys(REPORT_KEY_PREFIX)).length;
  await apiKeyItem.removeValue();
  abortAllRequests();
  await clearCache();
  return { removed, reports };
}
