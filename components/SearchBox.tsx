import { useState } from 'preact/hooks';
import { t } from '../utils/i18n';

interface Props {
  readonly onSearch: (query: string) => void;
}

/** Look up any response id, custom field id or Xobin report link for the current tab. */
export function SearchBox({ onSearch }: Props) {
  const [query, setQuery] = useState('');
  function submit(event: Event) {
    event.preventDefault();
    const trimmed = query.trim();
    if (trimmed) onSearch(trimmed);
  }
  return (
    <form class="search-box" role="search" onSubmit={submit}>
      <label for="report-search" class="search-label">
        {t('searchLabel')}
      </label>
      <div class="search-row">
        <input
          id="report-search"
          type="search"
          value={query}
          maxLength={200}
          spellcheck={false}
          placeholder={t('searchPlaceholder')}
          aria-describedby="report-search-hint"
          onInput={(event) => setQuery((event.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit">{t('searchButton')}</button>
      </div>
      <small id="report-search-hint" class="search-hint">
        {t('searchHint')}
      </small>
    </form>
  );
}
