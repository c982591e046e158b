import { IN_FORCE_FIELDS, inForceItem, type InForce } from '../policy-view';
import { settingOf } from './effective';
import { fromSettings, type Settings, type SettingsChange } from './settings-snapshot';

// The worker combines policy, overrides and the recruiter's values (effective.ts settingOf) and
// publishes the result for the extension pages, so the settings page and the side panel show exactly
// what the worker applies without a copy of the rule (and the panel without the settings list's zod).

export function inForceOf(settings: Settings): InForce {
  return Object.fromEntries(IN_FORCE_FIELDS.map((field) => [field, settingOf(settings, field)])) as unknown as InForce;
}

/** Whether a change of settings changes a published value in force. */
export function touchesInForce({ fields }: SettingsChange): boolean {
  return IN_FORCE_FIELDS.some((field) => fields.has(field));
}

/**
 * Publishes the values in force now (none of them needs the key). Through the item's update, one at
 * a time in the order asked, so a slow earlier read never overwrites a later value.
 */
export async function publishInForce(): Promise<void> {
  await inForceItem.update(() => fromSettings(inForceOf, { withKey: false }), { read: () => null });
}
