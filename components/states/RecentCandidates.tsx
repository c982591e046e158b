import { addToCompare, compareIds, MAX_COMPARE, openComparePage, removeFromCompare } from '../../utils/compare/compare-set';
import { formatNumber } from '../../utils/format';
import { t } from '../../utils/i18n';
import { safeHttpUrl } from '../../utils/panel/safe-url';
import { recentItem, type RecentCandidate } from '../../utils/storage';
import { useAnnounce } from '../Announcer';
import { useStoredValue } from '../hooks/useStoredValue';

const recent = () => recentItem;
const compareSet = () => compareIds;

function detail(item: RecentCandidate): string {
  const status = item.status === 'completed' && item.score !== undefined ? t('recentScore', formatNumber(item.score)) : t('recentNotCompleted');
  return [status, item.interview, item.atsName].filter(Boolean).join(' · ');
}

/**
 * The last candidates whose reports were shown; each reopens their ATS profile in a new tab, and
 * each can go into compare from here (`compared`: the compare set, once read).
 */
export function RecentList({ items, compared }: { items: readonly RecentCandidate[]; compared?: readonly string[] }) {
  const announce = useAnnounce();
  const links = items.flatMap((item) => {
    const url = safeHttpUrl(item.url);
    return url ? [{ item, url }] : [];
  });
  if (links.length === 0) return null;
  const toggle = (item: RecentCandidate, inSet: boolean) => {
    if (inSet) {
      void removeFromCompare(item.responseId).then(() => announce(t('compareRemoved', item.name)));
      return;
    }
    void addToCompare(item.responseId).then(({ outcome, count }) =>
      announce(
        outcome === 'full' ? t('compareFull', MAX_COMPARE) : outcome === 'added' ? t('compareAdded', item.name, count, MAX_COMPARE) : t('compareAlready'),
      ),
    );
  };
  return (
    <section class="card" aria-labelledby="recent-title">
      <div class="card-head">
        <h2 id="recent-title">{t('recentTitle')}</h2>
        {compared && compared.length > 0 && (
          <button type="button" class="btn btn-small" onClick={openComparePage}>
            {t('compareOpen', compared.length)}
          </button>
        )}
      </div>
      <ul class="recent">
        {links.map(({ item, url }) => {
          const inSet = compared?.includes(item.responseId) ?? false;
          return (
            <li key={item.responseId}>
              <span class="recent-who">
                <a class="link" href={url} target="_blank" rel="noopener noreferrer">
                  {item.name}
                </a>
                <span class="muted"> {detail(item)}</span>
              </span>
              {compared && (
                <button
                  type="button"
                  class="btn btn-small"
                  aria-pressed={inSet ? 'true' : 'false'}
                  aria-label={t('compareToggleNamed', item.name)}
                  onClick={() => toggle(item, inSet)}
                >
                  {t('compareToggle')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export function RecentCandidates() {
  const items = useStoredValue('recent', recent);
  const compared = useStoredValue('compare', compareSet);
  return <RecentList items={items ?? []} compared={compared} />;
}
