import { adapters } from '../../utils/ats';
import { t, uiLocale } from '../../utils/i18n';
import type { Diagnostics } from '../../utils/panel/diagnostics';
import { WhyNoReport } from '../WhyNoReport';
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

/**
 * `onLookup` is offered when the panel knows its tab (the lookup's result is shown for that tab);
 * `diagnostics` when the tab is on a supported host the worker saw (no candidate recognised there).
 */
export function EmptyState({ onLookup, diagnostics }: { onLookup?: (query: string) => void; diagnostics?: Diagnostics }) {
  return (
    <>
      <section class="card notice" aria-labelledby="empty-title">
        <h1 id="empty-title">{t('emptyTitle')}</h1>
        <p>{t('emptyBody', atsNames())}</p>
        {onLookup && <ManualLookup onLookup={onLookup} />}
      </section>
      {diagnostics && <WhyNoReport diagnostics={diagnostics} />}
      <RecentCandidates />
    </>
  );
}
