import { MAX_COMPARE } from '../../utils/compare/compare-set';
import { formatNumber } from '../../utils/format';
import { t } from '../../utils/i18n';
import type { RecentCandidate } from '../../utils/storage';

interface Props {
  readonly recent: readonly RecentCandidate[];
  readonly ids: readonly string[];
  readonly onAdd: (candidate: RecentCandidate) => void;
}

/** The recent candidates with a completed interview that are not compared yet, each one click from the table. */
export function ComparePicker({ recent, ids, onAdd }: Props) {
  const full = ids.length >= MAX_COMPARE;
  const candidates = recent.filter((item) => item.status === 'completed' && !ids.includes(item.responseId));
  return (
    <section class="card" aria-labelledby="compare-add-title">
      <h2 id="compare-add-title">{t('compareAddTitle')}</h2>
      {full && (
        <p class="muted compare-full" id="compare-full">
          {t('compareFull', MAX_COMPARE)}
        </p>
      )}
      {candidates.length === 0 ? (
        <p class="muted">{t('compareNoRecent')}</p>
      ) : (
        <ul class="recent compare-recent">
          {candidates.map((item) => (
            <li key={item.responseId}>
              <span class="compare-recent-name">{item.name}</span>
              <span class="muted">
                {[item.score === undefined ? undefined : t('recentScore', formatNumber(item.score)), item.interview].filter(Boolean).join(' · ')}
              </span>
              <button
                type="button"
                class="btn btn-small"
                aria-label={t('compareAddNamed', item.name)}
                aria-disabled={full || undefined}
                aria-describedby={full ? 'compare-full' : undefined}
                onClick={() => onAdd(item)}
              >
                {t('compareAdd')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
