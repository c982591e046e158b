import { identityProblem } from '../../utils/panel/identity';
import { t } from '../../utils/i18n';

interface Props {
  readonly profileEmail?: string;
  readonly reportEmail?: string;
  readonly reportCustomFieldId?: string;
  /** The custom field ids the profile's own ids give. */
  readonly expectedIds?: readonly string[];
}

/** Shown above everything else when the report's candidate is not obviously the profile's. */
export function IdentityWarning({ profileEmail, reportEmail, reportCustomFieldId, expectedIds }: Props) {
  const problem = identityProblem({ profileEmail, reportEmail, reportCustomFieldId, expectedCustomFieldIds: expectedIds });
  if (!problem) return null;
  return (
    <div class="identity-warning" role="alert" data-testid="identity-warning">
      <strong>
        {problem.kind === 'email' ? t('identityWarning', problem.report, problem.profile) : t('identityWarningCustomField', problem.report, problem.expected.join(', '))}
      </strong>
      <p>{t('identityWarningNext')}</p>
    </div>
  );
}
