import { t } from '../../utils/i18n';
import type { Source } from '../../utils/policy';
import './policy.css';

interface Props {
  readonly id: string;
  readonly source: Source;
  readonly locked: boolean;
}

/** Says that a value comes from the organisation, and whether the recruiter may change it. */
export function PolicyNote({ id, source, locked }: Props) {
  if (!locked && source !== 'policy') return null;
  return (
    <p id={id} class={`policy-note${locked ? ' locked' : ''}`}>
      {locked ? t('policyLockedNote') : t('policyDefaultNote')}
    </p>
  );
}
