import { adapters } from '../../utils/ats';
import { t, uiLocale } from '../../utils/i18n';
import { ManualLookup } from './ManualLookup';
import { RecentCandidates } from './RecentCandidates';

/** "Greenhouse or Lever": the supported ATSs, from the adapter registry so new ones appear here. */
export function atsNames(names: readonly string[] = adapters.map((adapter) => adapter.name)): string {
  try {
    return new Intl.ListFormat(uiLocale(), { style: 'long', type: 'disjunction' }).format(names);
  } catch {
    return names.join(', ');
  }
}

/** `onLookup` is offered when the panel knows its tab (the lookup's result is shown for that tab). */
export function EmptyState({ onLookup }: { onLookup?: (query: string) => void }) {
  return (
    <>
      <section class="card notice" aria-labelledby="empty-title">
        <h1 id="empty-title">{t('emptyTitle')}</h1>
        <p>{t('emptyBody', atsNames())}</p>
        {onLookup && <ManualLookup onLookup={onLookup} />}
      </section>
      <RecentCandidates />
    </>
  );
}
