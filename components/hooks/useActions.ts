import { inForceItem } from '../../utils/policy-view';
import { useStored } from './useStoredValue';

/**
 * What the panel offers beyond reading, as the worker applies it (the values in force it publishes,
 * utils/background/in-force.ts): the interviews to invite to, and whether inviting and sharing are
 * allowed. Until read: nothing offered. The worker checks all three again before it sends anything.
 */
export function useActions() {
  const inForce = useStored(inForceItem);
  return {
    aiInterviews: inForce?.aiInterviews.value ?? [],
    allowInvites: inForce?.allowInvites.value ?? false,
    allowShare: inForce?.allowShare.value ?? false,
  };
}
