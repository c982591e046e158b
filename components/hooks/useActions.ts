import { inForce, NO_POLICY, policyViewItem } from '../../utils/policy';
import { aiInterviewsItem, allowInvitesItem, allowShareItem, policyOverridesItem } from '../../utils/storage';
import { useStored } from './useStoredValue';

/**
 * What the panel offers beyond reading, in force by the same rule as the worker (utils/policy.ts
 * inForce): the interviews to invite to, and whether inviting and sharing are allowed. The worker
 * checks all three again before it sends anything.
 */
export function useActions() {
  const policy = useStored(policyViewItem) ?? NO_POLICY;
  const overrides = useStored(policyOverridesItem);
  const interviews = useStored(aiInterviewsItem);
  const invites = useStored(allowInvitesItem);
  const share = useStored(allowShareItem);
  const of = <T>(field: 'aiInterviews' | 'allowInvites' | 'allowShare', local: T | undefined) =>
    inForce(field, { policy: policy[field] as never, locked: policy.locked.includes(field), local: local as never, override: overrides?.[field] }).value;
  return {
    aiInterviews: of('aiInterviews', interviews) as readonly { readonly id: number; readonly name: string }[],
    allowInvites: of('allowInvites', invites) as boolean,
    allowShare: of('allowShare', share) as boolean,
  };
}
