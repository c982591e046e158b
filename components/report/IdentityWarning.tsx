import type { IdentityProblem } from '../../utils/panel/identity';
import { t } from '../../utils/i18n';

interface Props {
  readonly problem?: IdentityProblem;
  /** "It is the right candidate": offered where the panel can tell the worker (not the report tab). */
  readonly onConfirm?: () => void;
}

/** Shown above everything else when the report's candidate is not obviously the profile's. */
export function IdentityWarning({ problem, onConfirm }: Props) {
  if (!problem) return null;
  return (
    <div class="identity-warning" role="alert" data-testid="identity-warning" data-kind={problem.kind}>
      <strong>{headline(problem)}</strong>
      <p>{problem.kind === 'untied' ? t('identityWarningUntiedWhy') : t('identityWarningNext')}</p>
      {onConfirm && (
        <button type="button" class="btn" data-testid="identity-confirm" onClick={onConfirm}>
          {t('identityConfirm')}
        </button>
      )}
    </div>
  );
}

function headline(problem: IdentityProblem): string {
  switch (problem.kind) {
    case 'email':
      return t('identityWarning', problem.report, problem.profile);
    case 'custom-field':
      return t('identityWarningCustomField', problem.report, problem.expected.join(', '));
    case 'untied':
      return t('identityWarningUntied', problem.report);
  }
}
