import { t, uiLocale } from '../../utils/i18n';
import { watchedItem } from '../../utils/storage';
import { useStored } from '../hooks/useStoredValue';
import './sections.css';

/**
 * "Watched interviews": the pending reports the background re-checks. The list holds ids only, so
 * the page reads and edits it in storage directly; the background sees the change on its next round.
 */
export function WatchedList() {
  const watched = useStored(watchedItem) ?? [];
  const date = new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium' });
  const remove = (responseId: string) => void watchedItem.setValue(watched.filter((entry) => entry.responseId !== responseId));
  return (
    <section class="card" aria-labelledby="watched-title">
      <h2 id="watched-title">{t('watchedTitle')}</h2>
      <p class="hint">{t('watchedIntro')}</p>
      {watched.length === 0 ? (
        <p>{t('watchedEmpty')}</p>
      ) : (
        <>
          <ul class="rules" aria-labelledby="watched-title">
            {watched.map((entry) => (
              <li class="rule" key={entry.responseId}>
                <span>
                  {t('watchedResponse', entry.responseId)} <small class="hint">{t('watchedAdded', date.format(entry.addedAt))}</small>
                </span>
                <button type="button" class="secondary" aria-label={t('watchedRemoveLabel', entry.responseId)} onClick={() => remove(entry.responseId)}>
                  {t('watchedRemove')}
                </button>
              </li>
            ))}
          </ul>
          <button type="button" class="secondary" onClick={() => void watchedItem.setValue([])}>
            {t('watchedClearAll')}
          </button>
        </>
      )}
    </section>
  );
}
