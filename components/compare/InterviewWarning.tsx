import { interviewGroups } from '../../utils/compare/align';
import { safeIntl, t, uiLocale } from '../../utils/i18n';
import type { Column } from './CompareTable';

const list = (names: readonly string[]) =>
  safeIntl(() => new Intl.ListFormat(uiLocale(), { style: 'long', type: 'conjunction' }).format(names), names.join(', '));

/** Shown when the candidates took different interviews (by Xobin's interview id or name): scores may not compare. */
export function InterviewWarning({ columns }: { columns: readonly Column[] }) {
  const groups = interviewGroups(
    columns.flatMap((column) =>
      column.state.kind === 'report' || column.state.kind === 'pending'
        ? [{ id: column.state.report.ai_interview_id, name: column.state.report.ai_interview_name, candidate: column.name }]
        : [],
    ),
  );
  if (groups.length < 2) return null;
  return (
    <section class="identity-warning interview-warning" role="note" aria-labelledby="interview-warning-title">
      <h2 id="interview-warning-title">
        <span aria-hidden="true">⚠ </span>
        {t('compareDifferentTitle')}
      </h2>
      <p>{t('compareDifferentBody')}</p>
      <ul>
        {groups.map((group, index) => (
          <li key={index}>
            <strong>{group.name || (group.id ? t('compareInterviewId', group.id) : t('aiInterview'))}</strong>
            {`: ${list(group.candidates)}`}
          </li>
        ))}
      </ul>
    </section>
  );
}
