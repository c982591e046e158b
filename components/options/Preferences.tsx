import { t } from '../../utils/i18n';
import { autoOpenItem, downloadableItem, notifyCompletedItem } from '../../utils/storage';
import { useStored } from './use-stored';
import './sections.css';

/** Small switches that change how the panel behaves. */
export function Preferences() {
  const autoOpen = useStored(autoOpenItem);
  const downloadable = useStored(downloadableItem);
  const notifyCompleted = useStored(notifyCompletedItem);
  return (
    <section class="card" aria-labelledby="prefs-title">
      <h2 id="prefs-title">Preferences</h2>
      <label class="check">
        <input type="checkbox" checked={autoOpen ?? false} onChange={(event) => void autoOpenItem.setValue((event.currentTarget as HTMLInputElement).checked)} />
        <span>
          Open automatically on candidate profiles
          <small class="hint">
            Browsers open side panels only on a click, so the panel opens on your first click on a candidate page, once per
            tab. The toolbar icon and Alt+Shift+I always work.
          </small>
        </span>
      </label>
      <label class="check">
        <input
          type="checkbox"
          checked={downloadable ?? false}
          onChange={(event) => void downloadableItem.setValue((event.currentTarget as HTMLInputElement).checked)}
        />
        <span>
          Ask Xobin for downloadable recordings
          <small class="hint">Recording links then point to files you can save. Reports are fetched again.</small>
        </span>
      </label>
      <label class="check">
        <input
          type="checkbox"
          checked={notifyCompleted ?? true}
          onChange={(event) => void notifyCompletedItem.setValue((event.currentTarget as HTMLInputElement).checked)}
        />
        <span>
          {t('notifyCompletedLabel')}
          <small class="hint">{t('notifyCompletedHint')}</small>
        </span>
      </label>
    </section>
  );
}
