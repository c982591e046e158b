import { choose, NO_POLICY, policyViewItem, type PolicyView } from '../../utils/policy-view';
import { aiInterviewsItem, allowInvitesItem, allowShareItem, policyOverridesItem } from '../../utils/storage';
import { useStored } from './useStoredValue';

type Action = 'aiInterviews' | 'allowInvites' | 'allowShare';

/**
 * What the panel offers beyond reading, by the same rule as the worker (utils/policy-view.ts
 * choose): the interviews to invite to, and whether inviting and sharing are allowed. An item reads as
 * its default when the recruiter never set it, so its value stands in for the default. Until read:
 * nothing offered. The worker checks all three again before it sends anything.
 */
export function useActions() {
  const policy: PolicyView = useStored(policyViewItem) ?? NO_POLICY;
  const overrides = useStored(policyOverridesItem);
  const inForce = <T>(field: Action, local: T | undefined, none: T): T =>
    local === undefined
      ? none
      : choose<T>({ policy: policy[field] as T | undefined, locked: policy.locked.includes(field), local, override: overrides?.[field] }, local).value;
  return {
    aiInterviews: inForce<readonly { readonly id: number; readonly name: string }[]>('aiInterviews', useStored(aiInterviewsItem), []),
    allowInvites: inForce('allowInvites', useStored(allowInvitesItem), false),
    allowShare: inForce('allowShare', useStored(allowShareItem), false),
  };
}
