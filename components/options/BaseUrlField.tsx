import type { Ref } from 'preact';
import { t } from '../../utils/i18n';
import { DEFAULT_BASE_URL } from '../../utils/api/constants';
import { AllowAccessButton } from '../states/AllowAccessButton';
import { useOriginAccess } from './use-origin-access';
import { describedBy, FieldMessages } from './FieldMessages';
import { PolicyNote } from './PolicyNote';

interface Props {
  readonly value: string;
  readonly error?: string;
  readonly inputRef?: Ref<HTMLInputElement>;
  readonly onInput: (value: string) => void;
  readonly locked?: boolean;
  /** The address shown is the organisation's (unlocked: a default the recruiter may change). */
  readonly fromPolicy?: boolean;
}

const ID = 'base-url';

export function BaseUrlField({ value, error, inputRef, onInput, locked = false, fromPolicy = false }: Props) {
  const isDefault = value.trim().replace(/\/+$/, '') === DEFAULT_BASE_URL;
  // The organisation's address may be one the browser has not allowed yet: one click fixes it.
  const access = useOriginAccess(fromPolicy || locked ? value : undefined);
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
          disabled={locked}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={[describedBy(ID, true, error), locked || fromPolicy ? `${ID}-policy` : ''].filter(Boolean).join(' ') || undefined}
          onInput={(event) => onInput(event.currentTarget.value)}
        />
        {!isDefault && !locked && (
          <button type="button" class="secondary" onClick={() => onInput(DEFAULT_BASE_URL)}>
            {t('useDefault')}
          </button>
        )}
      </div>
      <FieldMessages id={ID} hint={t('baseUrlHint', DEFAULT_BASE_URL)} error={error} />
      <PolicyNote id={`${ID}-policy`} source={fromPolicy ? 'policy' : 'local'} locked={locked} />
      {access.origin && !access.granted && (
        <div class="policy-access">
          <p class="hint">{t('policyNoAccess', access.origin)}</p>
          <AllowAccessButton origin={access.origin} class="secondary" onGranted={access.recheck} />
        </div>
      )}
    </div>
  );
}
