import type { Ref } from 'preact';
import { DEFAULT_BASE_URL } from '../../utils/api/constants';
import { t } from '../../utils/i18n';
import { describedBy, FieldMessages } from './FieldMessages';

interface Props {
  readonly value: string;
  readonly error?: string;
  readonly inputRef?: Ref<HTMLInputElement>;
  readonly onInput: (value: string) => void;
}

const ID = 'base-url';

export function BaseUrlField({ value, error, inputRef, onInput }: Props) {
  const isDefault = value.trim().replace(/\/+$/, '') === DEFAULT_BASE_URL;
  return (
    <div class="field">
      <label for={ID}>{t('baseUrlLabel')}</label>
      <div class="input-row">
        <input
          id={ID}
          ref={inputRef}
          name="baseUrl"
          type="url"
          inputMode="url"
          value={value}
          placeholder={DEFAULT_BASE_URL}
          autocomplete="off"
          spellcheck={false}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy(ID, true, error)}
          onInput={(event) => onInput(event.currentTarget.value)}
        />
        {!isDefault && (
          <button type="button" class="secondary" onClick={() => onInput(DEFAULT_BASE_URL)}>
            {t('useDefault')}
          </button>
        )}
      </div>
      <FieldMessages
        id={ID}
        hint={t('baseUrlHint', DEFAULT_BASE_URL)}
        error={error}
      />
    </div>
  );
}
