import { inForceItem, type Effective, type InForceField } from '../../utils/policy-view';
import { SETTINGS } from '../../utils/settings-list';
import { useStored } from '../hooks/useStoredValue';

type Value<F extends InForceField> = (typeof SETTINGS)[F]['fallback'];

/**
 * A setting on the settings page as the worker applies it (utils/background/in-force.ts): value,
 * source, lock. Until the worker's values are read, the default, as a never-saved setting shows.
 */
export function useInForce<F extends InForceField>(field: F): Effective<Value<F>> {
  const published = useStored(inForceItem)?.[field] as Effective<Value<F>> | undefined;
  return published ?? { value: SETTINGS[field].fallback, source: 'default', locked: false };
}
