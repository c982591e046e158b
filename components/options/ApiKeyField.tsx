import type { Ref } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { describedBy, FieldMessages } from './FieldMessages';
import { PolicyNote } from './PolicyNote';

interface Props {
  readonly value: string;
  readonly hasKey: boolean;
  readonly error?: string;
  readonly inputRef?: Ref<HTMLInputElement>;
  readonly onInput: (value: string) => void;
  /** The organisation's policy sets a key: as a default the recruiter may replace, or locked. */
  readonly policy?: 'locked' | 'default';
}

const ID = 'api-key';

/** The key is write-only: the field starts empty and a saved key is only ever mentioned, never shown. */
export function ApiKeyField({ value, hasKey, error, inputRef, onInput, policy }: Props) {
  const [shown, setShown] = useState(false);
  const locked = policy === 'locked';
  const hint = policy === 'locked' ? t('policyKeyLocked') : policy === 'default' ? t('policyKeyDefault') : hasKey ? t('apiKeySavedHint') : t('apiKeyHint');
  return (
    <div class="field">
      <label for={ID}>{t('apiKeyLabel')}</label>
      <div class="input-row">
        <input
          id={ID}
          ref={inputRef}
          name="apiKey"
          // Two literal spreads: Preact's input types are a union discriminated by `type`.
          {...(shown ? { type: 'text' as const } : { type: 'password' as const })}
          value={value}
          autocomplete="off"
          autocapitalize="off"
          spellcheck={false}
          disabled={locked}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={[describedBy(ID, true, error), locked ? `${ID}-policy` : ''].filter(Boolean).join(' ') || undefined}
          onInput={(event) => onInput(event.currentTarget.value)}
        />
        <button
          type="button"
          class="secondary toggle"
          aria-controls={ID}
          // Not "Show API key": label lookups by substring (Playwright's getByLabel) would find two fields.
          aria-label={shown ? t('hideKey') : t('showKey')}
          disabled={locked}
          onClick={() => setShown(!shown)}
        >
          {shown ? t('hide') : t('show')}
        </button>
      </div>
      <FieldMessages id={ID} hint={hint} error={error} />
      <PolicyNote id={`${ID}-policy`} source={policy ? 'policy' : 'local'} locked={locked} />
    </div>
  );
}
