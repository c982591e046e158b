import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';

/** Look a report up by hand: a Xobin report link, a response id or a custom field id. */
export function ManualLookup({ onLookup }: { onLookup: (query: string) => void }) {
  const [query, setQuery] = useState('');
  const submit = (event: Event) => {
    event.preventDefault();
    if (query.trim()) onLookup(query.trim());
  };
  return (
    <form class="manual" onSubmit={submit}>
      <label for="manual-query">{t('manualLabel')}</label>
      <div class="manual-row">
        <input
          id="manual-query"
          class="input"
          value={query}
          onInput={(event) => setQuery(event.currentTarget.value)}
          maxLength={300}
          autocomplete="off"
          spellcheck={false}
        />
        <button type="submit" class="btn" disabled={!query.trim()}>
          {t('manualSubmit')}
        </button>
      </div>
    </form>
  );
}
