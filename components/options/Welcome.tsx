import { t } from '../../utils/i18n';
import { lastUpdateItem } from '../../utils/storage';
import { useStored } from '../hooks/useStoredValue';

/** The first-run tab opens `options.html?welcome` (utils/background/first-run.ts); a bookmark of settings does not. */
export function isWelcome(search: string): boolean {
  return new URLSearchParams(search).has('welcome');
}

/** Three steps from a fresh install to the first report, on top of the settings page. */
export function Welcome({ names }: { readonly names: readonly string[] }) {
  return (
    <section class="card welcome" aria-labelledby="welcome-title" data-welcome>
      <h2 id="welcome-title">{t('welcomeTitle')}</h2>
      <ol class="steps">
        <li>
          <strong>{t('welcomeStepKey')}</strong> {t('welcomeStepKeyHint')}
        </li>
        <li>
          <strong>{t('welcomeStepTest')}</strong> {t('welcomeStepTestHint')}
        </li>
        <li>
          <strong>{t('welcomeStepOpen')}</strong> {t('welcomeStepOpenHint')}
          <ul class="ats-list">
            {names.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        </li>
      </ol>
    </section>
  );
}

// Long enough to be seen the next time settings are opened, short enough not to become clutter.
const UPDATE_NOTE_DAYS = 14;

/** After an update, one quiet line instead of a tab popping up (the reason first-run.ts records it). */
export function UpdateNote({ now = Date.now() }: { readonly now?: number }) {
  const update = useStored(lastUpdateItem);
  if (!update || now - update.at > UPDATE_NOTE_DAYS * 86_400_000) return null;
  return (
    <p class="hint update-note" data-update-note>
      {t('updatedNote', update.to, update.from)}
    </p>
  );
}
