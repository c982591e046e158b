import { t } from '../../utils/i18n';
import { NO_POLICY, noteOverride, type PolicyView } from '../../utils/policy';
import { allowInvitesItem, allowShareItem, autoOpenItem, downloadableItem, listScoresItem, notifyCompletedItem } from '../../utils/storage';
import { useStored } from '../hooks/useStoredValue';
import { PolicyNote } from './PolicyNote';
import { useInForce } from './use-in-force';
import './sections.css';

/** Small switches that change how the panel behaves. */
export function Preferences({ policy = NO_POLICY }: { readonly policy?: PolicyView }) {
  type Field = 'autoOpen' | 'downloadableRecordings' | 'listScores' | 'allowInvites' | 'allowShare';
  const autoOpen = useInForce('autoOpen', policy);
  const downloadable = useInForce('downloadableRecordings', policy);
  const listScores = useInForce('listScores', policy);
  const allowInvites = useInForce('allowInvites', policy);
  const allowShare = useInForce('allowShare', policy);
  // The recruiter's own choice; over an unlocked organisation value it is recorded as an override.
  const save = (field: Field, item: typeof autoOpenItem, checked: boolean) =>
    void item.setValue(checked).then(() => noteOverride(field, policy[field], checked));
  const notifyCompleted = useStored(notifyCompletedItem);
  return (
    <section class="card" aria-labelledby="prefs-title">
      <h2 id="prefs-title">{t('prefsTitle')}</h2>
      <label class="check">
        <input
          type="checkbox"
          checked={autoOpen.value}
          disabled={autoOpen.locked}
          aria-describedby={autoOpen.source === 'policy' ? 'auto-open-policy' : undefined}
          onChange={(event) => save('autoOpen', autoOpenItem, (event.currentTarget as HTMLInputElement).checked)}
        />
        <span>
          {t('prefAutoOpen')}
          <small class="hint">{t('prefAutoOpenHint', 'Alt+Shift+I')}</small>
          <PolicyNote id="auto-open-policy" source={autoOpen.source} locked={autoOpen.locked} />
        </span>
      </label>
      <label class="check">
        <input
          type="checkbox"
          checked={listScores.value}
          disabled={listScores.locked}
          aria-describedby={listScores.source === 'policy' ? 'list-scores-policy' : undefined}
          onChange={(event) => save('listScores', listScoresItem, (event.currentTarget as HTMLInputElement).checked)}
        />
        <span>
          {t('prefListScores')}
          <small class="hint">{t('prefListScoresHint')}</small>
          <PolicyNote id="list-scores-policy" source={listScores.source} locked={listScores.locked} />
        </span>
      </label>
      <label class="check">
        <input
          type="checkbox"
          checked={downloadable.value}
          disabled={downloadable.locked}
          aria-describedby={downloadable.source === 'policy' ? 'downloadable-policy' : undefined}
          onChange={(event) => save('downloadableRecordings', downloadableItem, (event.currentTarget as HTMLInputElement).checked)}
        />
        <span>
          {t('prefDownloadable')}
          <small class="hint">{t('prefDownloadableHint')}</small>
          <PolicyNote id="downloadable-policy" source={downloadable.source} locked={downloadable.locked} />
        </span>
      </label>
      <label class="check">
        <input
          type="checkbox"
          checked={allowInvites.value}
          disabled={allowInvites.locked}
          aria-describedby={allowInvites.source === 'policy' ? 'allow-invites-policy' : undefined}
          onChange={(event) => save('allowInvites', allowInvitesItem, (event.currentTarget as HTMLInputElement).checked)}
        />
        <span>
          {t('prefAllowInvites')}
          <PolicyNote id="allow-invites-policy" source={allowInvites.source} locked={allowInvites.locked} />
        </span>
      </label>
      <label class="check">
        <input
          type="checkbox"
          checked={allowShare.value}
          disabled={allowShare.locked}
          aria-describedby={allowShare.source === 'policy' ? 'allow-share-policy' : undefined}
          onChange={(event) => save('allowShare', allowShareItem, (event.currentTarget as HTMLInputElement).checked)}
        />
        <span>
          {t('prefAllowShare')}
          <small class="hint">{t('prefAllowShareHint')}</small>
          <PolicyNote id="allow-share-policy" source={allowShare.source} locked={allowShare.locked} />
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
