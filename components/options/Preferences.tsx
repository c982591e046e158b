import { t } from '../../utils/i18n';
import { NO_POLICY, type PolicyView } from '../../utils/policy';
import { notifyCompletedItem } from '../../utils/storage';
import { useStored } from '../hooks/useStoredValue';
import { PolicySwitch } from './PolicySwitch';
import './sections.css';

/** Small switches that change how the panel behaves. */
export function Preferences({ policy = NO_POLICY }: { readonly policy?: PolicyView }) {
  const notifyCompleted = useStored(notifyCompletedItem);
  return (
    <section class="card" aria-labelledby="prefs-title">
      <h2 id="prefs-title">{t('prefsTitle')}</h2>
      <PolicySwitch field="autoOpen" label={t('prefAutoOpen')} hint={t('prefAutoOpenHint', 'Alt+Shift+I')} policy={policy} />
      <PolicySwitch field="listScores" label={t('prefListScores')} hint={t('prefListScoresHint')} policy={policy} />
      <PolicySwitch field="downloadableRecordings" label={t('prefDownloadable')} hint={t('prefDownloadableHint')} policy={policy} />
      <PolicySwitch field="allowInvites" label={t('prefAllowInvites')} policy={policy} />
      <PolicySwitch field="allowShare" label={t('prefAllowShare')} hint={t('prefAllowShareHint')} policy={policy} />
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
