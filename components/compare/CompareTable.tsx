import type { ComponentChildren } from 'preact';
import { ERROR_KEYS, type ApiErrorKind } from '../../utils/api/errors';
import { INVALID, type Checked } from '../../utils/api/score';
import { alignSkills, highest, type SkillRow } from '../../utils/compare/align';
import { formatApiDate, formatNumber } from '../../utils/format';
import { t } from '../../utils/i18n';
import { formatScoreText } from '../../utils/panel/markdown';
import { recommendationTone } from '../../utils/panel/tone';
import { AllowAccessButton } from '../states/AllowAccessButton';
import type { ColumnState } from './useCompareColumns';

export interface Column {
  readonly id: string;
  /** The report's name, else the recent list's, else "Response N". */
  readonly name: string;
  readonly state: ColumnState;
}

interface Props {
  readonly columns: readonly Column[];
  readonly onRemove: (column: Column) => void;
  readonly onRetry: (id: string) => void;
  readonly onOpenSettings: () => void;
  readonly onOpenReport: (id: string) => void;
}

const SETTINGS_KINDS: ReadonlySet<ApiErrorKind> = new Set(['no-key', 'unauthorized']);
const TONE_ICON = { positive: '✓', negative: '✕', neutral: '•' } as const;

const completed = (column: Column) => (column.state.kind === 'report' ? column.state.report : undefined);

/** What a cell says when its column has no completed report to read from. */
function NoData({ state }: { state: ColumnState }) {
  return <span class="muted">{state.kind === 'loading' ? t('compareLoadingCell') : t('compareNoReport')}</span>;
}

function Best({ best }: { best: boolean }) {
  return best ? (
    <span class="best-tag">
      <span aria-hidden="true">★ </span>
      {t('compareHighest')}
    </span>
  ) : null;
}

function ScoreValue({ value, best }: { value: Checked; best: boolean }) {
  return (
    <>
      <span class="compare-score" data-invalid={value === INVALID || undefined}>
        {formatScoreText(value)}
      </span>
      <Best best={best} />
    </>
  );
}

interface RowProps {
  readonly label: string;
  readonly columns: readonly Column[];
  readonly render: (column: Column, index: number) => ComponentChildren;
  /** Cells holding the row's highest value (shaded, and tagged "Highest" in words). */
  readonly best?: readonly boolean[];
}

function Row({ label, columns, render, best }: RowProps) {
  return (
    <tr>
      <th scope="row">{label}</th>
      {columns.map((column, index) => (
        <td key={column.id} data-best={best?.[index] || undefined}>
          {render(column, index)}
        </td>
      ))}
    </tr>
  );
}

/** Per column: how its report came back, and what to do about it; always a way to remove it. */
function StatusCell({ column, onRemove, onRetry, onOpenSettings, onOpenReport }: { column: Column } & Omit<Props, 'columns'>) {
  const { state } = column;
  let body: ComponentChildren;
  if (state.kind === 'loading') body = <p class="muted">{t('compareLoading')}</p>;
  else if (state.kind === 'pending') body = <p>{t('comparePending', state.report.invite_status)}</p>;
  else if (state.kind === 'report') {
    body = (
      <button type="button" class="btn btn-small" aria-label={t('compareOpenReportNamed', column.name)} onClick={() => onOpenReport(column.id)}>
        {t('compareOpenReport')}
      </button>
    );
  } else {
    const [title, , next] = (ERROR_KEYS[state.error.kind] ?? ERROR_KEYS.server).map((key) => t(key));
    const settings = SETTINGS_KINDS.has(state.error.kind);
    body = (
      <div class="cell-error" data-error-kind={state.error.kind}>
        <p class="cell-error-title">{title}</p>
        {state.error.detail && <p class="detail">{t('apiSaid', state.error.detail)}</p>}
        <p>{next}</p>
        {state.error.kind === 'no-permission' && state.error.origin ? (
          <AllowAccessButton origin={state.error.origin} class="btn btn-small" onGranted={() => onRetry(column.id)} />
        ) : (
          <button type="button" class="btn btn-small" onClick={settings ? onOpenSettings : () => onRetry(column.id)}>
            {settings ? t('openSettings') : t('tryAgain')}
          </button>
        )}
      </div>
    );
  }
  return (
    <div class="status-cell">
      {body}
      <button type="button" class="btn btn-small" aria-label={t('compareRemoveNamed', column.name)} onClick={() => onRemove(column)}>
        {t('compareRemove')}
      </button>
    </div>
  );
}

function SkillCellView({ row, index, column }: { row: SkillRow; index: number; column: Column }) {
  if (!completed(column)) return <NoData state={column.state} />;
  const cell = row.cells[index];
  if (!cell) return <span class="not-assessed">{t('compareNotAssessed')}</span>;
  return (
    <>
      <ScoreValue value={cell.score} best={row.best[index] ?? false} />
      {cell.otherGroup && <span class="muted other-group"> ({row.group === 'must' ? t('compareAsNiceToHave') : t('compareAsMustHave')})</span>}
    </>
  );
}

function SkillRows({ title, rows, columns }: { title: string; rows: readonly SkillRow[]; columns: readonly Column[] }) {
  if (rows.length === 0) return null;
  return (
    <tbody class="skill-rows">
      <tr class="group-row">
        <th scope="rowgroup" colSpan={columns.length + 1}>
          {title}
        </th>
      </tr>
      {rows.map((row) => (
        <tr key={row.key} data-skill={row.key}>
          <th scope="row">{row.name}</th>
          {columns.map((column, index) => (
            <td key={column.id} data-best={row.best[index] || undefined}>
              <SkillCellView row={row} index={index} column={column} />
            </td>
          ))}
        </tr>
      ))}
    </tbody>
  );
}

/**
 * Candidates as columns, facts as rows, skills aligned by name. Real table headers (`scope`), so a
 * screen reader reads a cell as "SQL, Jordan Example: 88".
 */
export function CompareTable(props: Props) {
  const { columns } = props;
  const reports = columns.map(completed);
  const skills = alignSkills(reports.map((report) => report?.skill_wise_scores));
  const bestScore = highest(reports.map((report) => report?.score));
  const bestIntegrity = highest(reports.map((report) => report?.integrity_score));
  const interview = (column: Column) => {
    const report = column.state.kind === 'report' || column.state.kind === 'pending' ? column.state.report : undefined;
    if (!report) return <NoData state={column.state} />;
    return report.ai_interview_name || (report.ai_interview_id ? t('compareInterviewId', report.ai_interview_id) : t('aiInterview'));
  };
  return (
    <table class="compare-table" data-columns={columns.length}>
      <caption class="sr-only">{t('compareCaption')}</caption>
      <colgroup>
        <col class="compare-rowhead" />
        {columns.map((column) => (
          <col key={column.id} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <td class="corner" />
          {columns.map((column) => (
            <th key={column.id} scope="col" data-response-id={column.id}>
              {column.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        <Row label={t('compareRowReport')} columns={columns} render={(column) => <StatusCell column={column} {...props} />} />
        <Row label={t('compareRowInterview')} columns={columns} render={interview} />
        <Row
          label={t('scoreLabel')}
          columns={columns}
          best={bestScore}
          render={(column, index) => {
            const report = completed(column);
            return report ? <ScoreValue value={report.score} best={bestScore[index] ?? false} /> : <NoData state={column.state} />;
          }}
        />
        <Row
          label={t('recommendationLabel')}
          columns={columns}
          render={(column) => {
            const report = completed(column);
            if (!report) return <NoData state={column.state} />;
            const tone = recommendationTone(report.recommendation);
            return (
              <span class={`tone-${tone}`} data-tone={tone}>
                <span class="tone-icon" aria-hidden="true">
                  {TONE_ICON[tone]}{' '}
                </span>
                {report.recommendation || t('notGiven')}
              </span>
            );
          }}
        />
        <Row
          label={t('integrityLabel')}
          columns={columns}
          best={bestIntegrity}
          render={(column, index) => {
            const report = completed(column);
            if (!report) return <NoData state={column.state} />;
            const value = report.integrity_score;
            if (value === undefined) return <span class="muted">{t('notReported')}</span>;
            if (value === INVALID) return <span data-invalid>{t('scoreInvalid')}</span>;
            return (
              <>
                {t('outOfTen', formatNumber(value))}
                <Best best={bestIntegrity[index] ?? false} />
              </>
            );
          }}
        />
        <Row
          label={t('compareRowCompleted')}
          columns={columns}
          render={(column) => {
            const report = completed(column);
            if (!report) return <NoData state={column.state} />;
            return report.completed_date ? formatApiDate(report.completed_date) : <span class="muted">{t('notReported')}</span>;
          }}
        />
      </tbody>
      <SkillRows title={t('mustHaves')} rows={skills.must} columns={columns} />
      <SkillRows title={t('niceToHaves')} rows={skills.nice} columns={columns} />
    </table>
  );
}
