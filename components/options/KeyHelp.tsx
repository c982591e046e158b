import { t } from '../../utils/i18n';

/** Where keys come from, and where the key goes once saved. */
export function KeyHelp() {
  return (
    <section class="card note" aria-labelledby="key-help-title">
      <h2 id="key-help-title">{t('keyHelpTitle')}</h2>
      <p>{t('keyHelpWho')}</p>
      <p>{t('keyHelpWhere')}</p>
    </section>
  );
}
