import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { CompareLoading } from './CompareLoading';

/**
 * The compare page, loaded only when asked for: the side panel's first frame never pays for the
 * table (and its own stylesheet).
 */
export function LazyCompare() {
  const [view, setView] = useState<{ Page: ComponentType } | 'failed' | undefined>(undefined);
  useEffect(() => {
    import('./Compare').then(
      (module) => setView({ Page: module.Compare }),
      () => setView('failed'),
    );
  }, []);
  if (view && view !== 'failed') return <view.Page />;
  return (
    <main class="panel panel-wide compare" data-state={view === 'failed' ? 'error' : 'loading'} aria-busy={view ? undefined : 'true'}>
      {view === 'failed' ? (
        <section class="card notice notice-error">
          <p role="alert">{t('compareLoadFailed')}</p>
        </section>
      ) : (
        <CompareLoading />
      )}
    </main>
  );
}
