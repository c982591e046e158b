import { inForce, type Effective, type PolicyView, type SettingValue } from '../../utils/policy';
import { SETTINGS } from '../../utils/settings-list';
import { policyOverridesItem } from '../../utils/storage';
import { useStored, type Watchable } from '../hooks/useStoredValue';

type Switch = 'autoOpen' | 'downloadableRecordings' | 'listScores' | 'aiInterviews' | 'allowInvites' | 'allowShare';

/** A switch on the settings page as the worker sees it (utils/policy.ts inForce): value, source, lock. */
export function useInForce<F extends Switch>(field: F, policy: PolicyView): Effective<SettingValue<F>> {
  // Each switch's own item; the union of their types is narrowed to this field's value.
  const local = useStored(SETTINGS[field].item as Watchable<SettingValue<F>>);
  const overrides = useStored(policyOverridesItem);
  return inForce(field, { policy: policy[field], locked: policy.locked.includes(field), local, override: overrides?.[field] });
}
