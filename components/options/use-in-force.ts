import { inForce, type Effective, type PolicyView, type SettingValue } from '../../utils/policy';
import { SETTINGS } from '../../utils/settings-list';
import { policyOverridesItem } from '../../utils/storage';
import { useStored } from '../hooks/useStoredValue';

type Switch = 'autoOpen' | 'downloadableRecordings' | 'listScores';

/** A switch on the settings page as the worker sees it (utils/policy.ts inForce): value, source, lock. */
export function useInForce<F extends Switch>(field: F, policy: PolicyView): Effective<SettingValue<F>> {
  const local = useStored(SETTINGS[field].item);
  const overrides = useStored(policyOverridesItem);
  return inForce(field, { policy: policy[field], locked: policy.locked.includes(field), local, override: overrides?.[field] });
}
