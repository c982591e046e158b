import { useEffect, useRef } from 'preact/hooks';
import { NO_POLICY, policyViewItem, type PolicyView } from '../../utils/policy';
import { sendToBackground } from '../../utils/send';
import { useStored } from '../hooks/useStoredValue';

// Anything not shaped like a view (an older worker, nothing published yet) leaves the page as it is.
const isView = (view: PolicyView | null | undefined): view is PolicyView => !!view && Array.isArray(view.locked) && Array.isArray(view.problems);

/**
 * The organisation's policy as the background parsed it (never the API key's value), current while
 * the page is open: the worker republishes it whenever the admin changes the policy.
 */
export function usePolicy(): PolicyView {
  const published = useStored(policyViewItem);
  const shown = useRef(NO_POLICY);
  if (isView(published)) shown.current = published;
  // Wakes the worker and has it read the policy now (the published copy may be from before a change);
  // its answer is published to the item, which the hook above hears.
  useEffect(() => void sendToBackground({ type: 'policy:get' }).catch(() => undefined), []);
  return shown.current;
}
