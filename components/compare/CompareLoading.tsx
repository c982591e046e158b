import { t } from '../../utils/i18n';

/** One status line while the compare view (or the compare set) loads. */
export function CompareLoading() {
  return (
    <section class="card notice">
      <p role="status">{t('compareLoading')}</p>
    </section>
  );
}
