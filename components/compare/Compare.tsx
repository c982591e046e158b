import { useEffect, useRef } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { addToCompare, clearCompare, compareIds, MAX_COMPARE, removeFromCompare } from '../../utils/compare/compare-set';
import { t } from '../../utils/i18n';
import { recentItem, type RecentCandidate } from '../../utils/storage';
import { Announcer, useAnnounce } from '../Announcer';
import { openReportInTab } from '../hooks/useReportById';
import { useStoredValue } from '../hooks/useStoredValue';
import { ComparePicker } from './ComparePicker';
import { CompareTable, type Column } from './CompareTable';
import { InterviewWarning } from './InterviewWarning';
import { CompareLoading } from './CompareLoading';
import { useCompareColumns } from './useCompareColumns';
import './compare.css';

const compareSet = () => compareIds;
const recentList = () => recentItem;

function openSettings(): void {
  try {
    void browser.runtime.openOptionsPage().catch(() => undefined);
  } catch {
    // No options page in this context.
  }
}

function CompareBody({ ids, recent }: { ids: readonly string[]; recent: readonly RecentCandidate[] }) {
  const announce = useAnnounce();
  const heading = useRef<HTMLHeadingElement>(null);
  const { columns: states, retry } = useCompareColumns(ids);
  const named = ids.map((id) => {
    const state = states[id] ?? { kind: 'loading' };
    const reported = state.kind === 'report' || state.kind === 'pending' ? state.report.candidate_name : undefined;
    const name = reported || recent.find((item) => item.responseId === id)?.name || t('watchUnnamed', id);
    return { id, name, state };
  });
  // The same person twice (two interviews): the response id tells the columns, and their buttons, apart.
  const columns: Column[] = named.map((column) =>
    named.filter((other) => other.name === column.name).length > 1 && column.name !== t('watchUnnamed', column.id)
      ? { ...column, name: t('compareSameName', column.name, column.id) }
      : column,
  );
  // The button that was clicked is gone with its column: put focus somewhere that makes sense.
  const afterRemoval = (message: string) => {
    heading.current?.focus();
    announce(message);
  };
  const remove = (column: Column) => void removeFromCompare(column.id).then(() => afterRemoval(t('compareRemoved', column.name)));
  const clear = () => void clearCompare().then(() => afterRemoval(t('compareCleared')));
  const add = (candidate: RecentCandidate) =>
    void addToCompare(candidate.responseId).then(({ outcome, count }) =>
      announce(outcome === 'full' ? t('compareFull', MAX_COMPARE) : t('compareAdded', candidate.name, count, MAX_COMPARE)),
    );
  return (
    <>
      <header class="card compare-head">
        <div class="compare-head-main">
          <h1 ref={heading} tabIndex={-1}>
            {t('compareTitle')}
          </h1>
          <p class="muted">{t('compareIntro', MAX_COMPARE)}</p>
        </div>
        {ids.length > 0 && (
          <button type="button" class="btn" onClick={clear}>
            {t('compareClearAll')}
          </button>
        )}
      </header>
      <InterviewWarning columns={columns} />
      {ids.length === 0 ? (
        <section class="card notice" aria-label={t('compareCaption')}>
          <p>{t('compareEmpty')}</p>
        </section>
      ) : (
        <section class="card compare-card" aria-label={t('compareCaption')}>
          {ids.length === 1 && <p class="muted compare-one-more">{t('compareOneMore')}</p>}
          <div class="compare-scroll">
            <CompareTable columns={columns} onRemove={remove} onRetry={retry} onOpenSettings={openSettings} onOpenReport={openReportInTab} />
          </div>
        </section>
      )}
      <ComparePicker recent={recent} ids={ids} onAdd={add} />
    </>
  );
}

/**
 * `?compare`: the candidates of the stored compare set side by side, full width. It follows the set
 * live, so "Add to compare" in a side panel shows up here without a reload.
 */
export function Compare() {
  const ids = useStoredValue('compare', compareSet);
  const recent = useStoredValue('recent', recentList);
  useEffect(() => {
    document.title = t('compareTitle');
  }, []);
  const ready = ids !== undefined;
  return (
    <main class="panel panel-wide compare" data-state={ready ? 'compare' : 'loading'} aria-busy={ready ? undefined : 'true'}>
      <Announcer>{ready ? <CompareBody ids={ids} recent={recent ?? []} /> : <CompareLoading />}</Announcer>
    </main>
  );
}
