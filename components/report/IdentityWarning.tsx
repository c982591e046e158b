import { identityMismatch } from '../../utils/panel/identity';
import { t } from '../../utils/i18n';

interface Props {
  readonly profileEmail?: string;
  readonly reportEmail?: string;
}

/** Shown above everything else when the report's candidate is not obviously the profile's. */
export function IdentityWarning({ profileEmail, reportEmail }: Props) {
  const mismatch = identityMismatch(profileEmail, reportEmail);
  if (!mismatch) return null;
  return (
    <div class="identity-warning" role="alert" data-testid="identity-warning">
      <strong>{t('identityWarning', mismatch.report, mismatch.profile)}</strong>
      <p>{t('identityWarningNext')}</p>
    </div>
  );
}
