import type { TargetedKeyboardEvent } from 'preact';
import { t } from '../../utils/i18n';
import { speakerLabel } from '../../utils/panel/markdown';

interface Props {
  readonly query: string;
  readonly onQuery: (query: string) => void;
  readonly total: number;
  readonly current: number;
  readonly onStep: (delta: 1 | -1) => void;
  readonly roles: readonly string[];
  readonly speaker: string;
  readonly onSpeaker: (speaker: string) => void;
}

/** Search (Enter / Shift+Enter step through matches, Escape clears) and the speaker filter. */
export function TranscriptToolbar({ query, onQuery, total, current, onStep, roles, speaker, onSpeaker }: Props) {
  const onKeyDown = (event: TargetedKeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      onStep(event.shiftKey ? -1 : 1);
    } else if (event.key === 'Escape' && query) {
      event.preventDefault();
      onQuery('');
    }
  };
  const count = total ? t('matchCount', current + 1, total) : query.trim() ? t('noMatches') : '';
  return (
    <div class="toolbar">
      <div class="search" role="search">
        <input
          type="search"
          class="input"
          id="transcript-search"
          aria-label={t('searchTranscript')}
          placeholder={t('searchPlaceholder')}
          value={query}
          onInput={(event) => onQuery(event.currentTarget.value)}
          onKeyDown={onKeyDown}
          autocomplete="off"
          spellcheck={false}
        />
        <span class="match-count" aria-live="polite">
          {count}
        </span>
        <button type="button" class="btn btn-icon" aria-label={t('previousMatch')} title={t('previousMatch')} disabled={!total} onClick={() => onStep(-1)}>
          ↑
        </button>
        <button type="button" class="btn btn-icon" aria-label={t('nextMatch')} title={t('nextMatch')} disabled={!total} onClick={() => onStep(1)}>
          ↓
        </button>
      </div>
      <label class="speaker-filter">
        <span>{t('speakerFilter')}</span>
        <select class="input" value={speaker} onChange={(event) => onSpeaker(event.currentTarget.value)}>
          <option value="">{t('allSpeakers')}</option>
          {roles.map((role) => (
            <option key={role} value={role}>
              {speakerLabel(role)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
