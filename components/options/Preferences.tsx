import { autoOpenItem, downloadableItem } from '../../utils/storage';
import { t } from '../../utils/i18n';
import { useStored } from './use-stored';
import './sections.css';

/** Small switches that change how the panel behaves. */
export function Preferences() {
  const autoOpen = useStored(autoOpenItem);
  const downloadable = useStored(downloadableItem);
  return (
    <section class="card" aria-labelledby="prefs-title">
      <h2 id="prefs-title">{t('prefsTitle')}</h2>
      <label class="check">
        <input type="checkbox" checked={autoOpen ?? false} onChange={(event) => void autoOpenItem.setValue((event.currentTarget as HTMLInputElement).checked)} />
        <span>
          {t('prefAutoOpen')}
          <small class="hint">{t('prefAutoOpenHint', 'Alt+Shift+I')}</small>
        </span>
      </label>
      <label class="check">
        <input
          type="checkbox"
          checked={downloadable ?? false}
          onChange={(event) => void downloadableItem.setValue((event.currentTarget as HTMLInputElement).checked)}
        />
        <span>
          {t('prefDownloadable')}
          <small class="hint">{t('prefDownloadableHint')}</small>
        </span>
      </label>
    </section>
  );
}
