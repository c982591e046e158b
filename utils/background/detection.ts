import type { Detection } from '../ats/types';
import { buildLookups, sameLookups } from '../lookups';
import { lastDetectionItem } from '../storage';
import type { Lookup } from '../tab-state';
import { resolveTab, type ResolveDeps } from './resolver';
import { resolveAdapter } from './rules';
import { newNavId, updateTab } from './tabs';

/** A content script said what is on its page: record it and find the report. */
export async function onDetected(tabId: number, url: string, detection: Detection | null, deps: ResolveDeps): Promise<void> {
  const found = detection ? await resolveAdapter(detection.ats, url) : undefined;
  if (!detection || !found) {
    await updateTab(tabId, () => ({ v: 1, tabId, navId: newNavId(), url, lookups: [], phase: 'no-candidate', updatedAt: Date.now() }));
    return;
  }
  const { adapter, templates } = found;
  const lookups = buildLookups(detection, adapter, templates);
  await lastDetectionItem.setValue({ ats: adapter.id, url, ids: [...detection.ids], responseIds: [...detection.responseIds] });
  let navId: string | undefined;
  await updateTab(tabId, (current) => {
    if (current?.phase === 'ready' && current.url === url && sameLookups(current.lookups, lookups)) {
      // Same candidate, the page only filled in more (e.g. the email): keep the result.
      return current.email === detection.email ? undefined : { ...current, email: detection.email };
    }
    navId = newNavId();
    return { v: 1, tabId, navId, url, ats: adapter.id, atsName: adapter.name, email: detection.email, lookups, phase: 'loading', updatedAt: Date.now() };
  });
  if (navId) await resolveTab(tabId, navId, deps);
}

/** Refresh / Check again / Try again: the same lookups, past the cache. */
export async function refreshTab(tabId: number, deps: ResolveDeps): Promise<void> {
  let navId: string | undefined;
  await updateTab(tabId, (current) => {
    if (!current || current.phase === 'no-candidate') return undefined;
    navId = current.navId;
    return { ...current, phase: 'loading', result: undefined, refreshing: false, updatedAt: Date.now() };
  });
  if (navId) await resolveTab(tabId, navId, deps, true);
}

/** What a typed or selected id means: digits may be a response id or a custom field id. */
export function manualLookups(query: string): Lookup[] {
  const value = query.trim().replace(/^#/, '');
  const source = 'your search';
  const fromLink = /\/report\/(\d{1,15})(?:[/?#]|$)/.exec(value)?.[1];
  if (fromLink) return [{ by: 'response_id', value: fromLink, source }];
  if (/^\d{1,15}$/.test(value)) return [{ by: 'response_id', value, source }, { by: 'custom_field_id', value, source }];
  return value ? [{ by: 'custom_field_id', value: value.slice(0, 200), source }] : [];
}

/** The recruiter searched for an id (panel search box or context menu): show that report on this tab. */
export async function lookupManually(tabId: number, query: string, deps: ResolveDeps, url = ''): Promise<void> {
  const lookups = manualLookups(query);
  if (lookups.length === 0) return;
  const navId = newNavId();
  await updateTab(tabId, (current) => ({
    v: 1,
    tabId,
    navId,
    url: current?.url ?? url,
    atsName: current?.atsName,
    ats: current?.ats,
    email: current?.email,
    lookups,
    manual: true,
    phase: 'loading',
    updatedAt: Date.now(),
  }));
  await resolveTab(tabId, navId, deps);
}
