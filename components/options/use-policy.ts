import { useEffect, useState } from 'preact/hooks';
import { NO_POLICY, type PolicyView } from '../../utils/policy';
import { sendToBackground } from '../../utils/send';
import { policyViewItem } from '../../utils/storage';

/**
 * The organisation's policy as the background parsed it (never the API key's value), current while
 * the page is open: the worker republishes it whenever the admin changes the policy.
 */
export function usePolicy(): PolicyView {
  const [view, setView] = useState<PolicyView>(NO_POLICY);
  useEffect(() => {
    let live = true;
    // Anything not shaped like a view (an older worker, no answer) leaves the page as it is.
    const set = (next: PolicyView | null | undefined) => {
      if (live && next && Array.isArray(next.locked) && Array.isArray(next.problems)) setView(next);
    };
    const unwatch = policyViewItem.watch(set);
    void policyViewItem.getValue().then(set);
    // Wakes the worker and has it read the policy now (the published copy may be from before a change).
    sendToBackground({ type: 'policy:get' }).then(set, () => undefined);
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return view;
}
