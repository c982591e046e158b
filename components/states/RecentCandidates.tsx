import { t } from '../../utils/i18n';
import { formatNumber } from '../../utils/format';
import { safeHttpUrl } from '../../utils/panel/safe-url';
import { recentItem, type RecentCandidate } from '../../utils/storage';
import { useStoredValue } from '../hooks/useStoredValue';

const recent = () => recentItem;

function detail(item: RecentCandidate): string {
  const status = item.status === 'completed' && item.score !== undefined ? t('recentScore', formatNumber(item.score)) : t('recentNotCompleted');
  return [status, item.interview, item.atsName].filter(Boolean).join(' · ');
}

/** The last candidates whose reports were shown; each reopens their ATS profile in a new tab. */
export function RecentList({ items }: { items: readonly RecentCandidate[] }) {
  const links = items.flatMap((item) => {
    const url = safeHttpUrl(item.url);
    return url ? [{ item, url }] : [];
  });
  if (links.length === 0) return null;
  return (
    <section class="card" aria-labelledby="recent-title">
      <h2 id="recent-title">{t('recentTitle')}</h2>
      <ul class="recent">
        {links.map(({ item, url }) => (
          <li key={item.responseId}>
            <a class="link" href={url} target="_blank" rel="noopener noreferrer">
              {item.name}
            </a>
            <span class="muted"> {detail(item)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function RecentCandidates() {
  const items = useStoredValue('recent', recent);
  return <RecentList items={items ?? []} />;
}
