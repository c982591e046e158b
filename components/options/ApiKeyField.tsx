import type { Ref } from 'preact';
import { useState } from 'preact/hooks';
import { describedBy, FieldMessages } from './FieldMessages';

interface Props {
  readonly value: string;
  readonly hasKey: boolean;
  readonly error?: string;
  readonly inputRef?: Ref<HTMLInputElement>;
  readonly onInput: (value: string) => void;
}

const ID = 'api-key';

/** The key is write-only: the field starts empty and a saved key is only ever mentioned, never shown. */
export function ApiKeyField({ value, hasKey, error, inputRef, onInput }: Props) {
  const [shown, setShown] = useState(false);
  const hint = hasKey ? 'A key is saved. Paste a new one to replace it.' : 'Paste the key Xobin gave your account.';
  return (
    <div class="field">
      <label for={ID}>API key</label>
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
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy(ID, true, error)}
          onInput={(event) => onInput(event.currentTarget.value)}
        />
        <button
          type="button"
          class="secondary toggle"
          aria-controls={ID}
          // Not "Show API key": label lookups by substring (Playwright's getByLabel) would find two fields.
          aria-label={shown ? 'Hide key' : 'Show key'}
          onClick={() => setShown(!shown)}
        >
          {shown ? 'Hide' : 'Show'}
        </button>
      </div>
      <FieldMessages id={ID} hint={hint} error={error} />
    </div>
  );
}
