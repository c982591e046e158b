import { t } from '../../utils/i18n';
import type { PolicyProblem } from '../../utils/policy';
import './policy.css';

/** What the organisation's policy asked for that was ignored, and why; the rest applies. */
export function PolicyProblems({ problems }: { readonly problems: readonly PolicyProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <section class="card policy-problems" role="alert" aria-labelledby="policy-problems-title">
      <h2 id="policy-problems-title">{t('policyProblemsTitle')}</h2>
      <ul>
        {problems.map((problem, index) => (
          <li key={index}>{t('policyProblem', problem.field, problem.message)}</li>
        ))}
      </ul>
      <p class="hint">{t('policyProblemsNext')}</p>
    </section>
  );
}
