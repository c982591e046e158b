import { useEffect, useRef, useState } from 'preact/hooks';
import { DEFAULT_BASE_URL } from '../../utils/api/constants';
import { t, type MessageKey } from '../../utils/i18n';
import { isLocked, NO_POLICY, type PolicyView } from '../../utils/policy';
import { ApiKeyField } from './ApiKeyField';
import { BaseUrlField } from './BaseUrlField';
import type { Field } from './form-checks';
import { useOptions, type Busy, type Outcome } from './use-options';

const BUSY_KEYS: Record<Exclude<Busy, null>, MessageKey> = { save: 'saving', test: 'testing' };

export function SettingsForm({ policy = NO_POLICY, keyRemovals = 0 }: { readonly policy?: PolicyView; readonly keyRemovals?: number }) {
  const keyLocked = isLocked(policy, 'apiKey');
  const urlLocked = isLocked(policy, 'apiBaseUrl');
  const [state, actions] = useOptions({ keyLocked, keyRemovals });
  const keyRef = useRef<HTMLInputElement>(null);
  const urlRef = useRef<HTMLInputElement>(null);
  const [advancedOpen, setAdvancedOpen] = useState(false);
  const [focusRequest, setFocusRequest] = useState<{ field: Field } | null>(null);

  // A custom address or an error in it must not hide behind the closed disclosure.
  // The organisation's address (and its "Allow access" button) must not hide there either.
  const customUrl = state.loaded && state.baseUrl !== DEFAULT_BASE_URL;
  useEffect(() => {
    if (customUrl) setAdvancedOpen(true);
  }, [customUrl]);
  useEffect(() => {
    if (state.errors.baseUrl) setAdvancedOpen(true);
  }, [state.errors.baseUrl]);
  // Runs after the render that opened the disclosure, so the field can take focus.
  useEffect(() => {
    if (focusRequest) (focusRequest.field === 'apiKey' ? keyRef : urlRef).current?.focus();
  }, [focusRequest]);

  // The admin changed the policy while this page is open: show the key state and address in force.
  const policyKey = JSON.stringify([policy.apiBaseUrl, policy.hasApiKey, policy.locked]);
  const firstPolicy = useRef(policyKey);
  useEffect(() => {
    if (policyKey !== firstPolicy.current) actions.reload(urlLocked);
    firstPolicy.current = policyKey;
  }, [policyKey]);

  const focusOn = (field: Field | undefined) => field && setFocusRequest({ field });

  return (
    <form
      class="settings"
      noValidate
      aria-busy={state.loaded ? undefined : 'true'}
      onSubmit={(event) => {
        event.preventDefault();
        // Not awaited here: save() asks for any host permission before its first await.
        void actions.save().then(focusOn);
      }}
    >
      {state.loadError && <p class="banner error">{state.loadError}</p>}
      {!state.storageIsolated && <p class="banner error">{t('storageNotIsolated')}</p>}
      <ApiKeyField
        value={state.apiKey}
        hasKey={state.hasKey}
        error={state.errors.apiKey}
        inputRef={keyRef}
        onInput={actions.setApiKey}
        policy={policy.hasApiKey ? (keyLocked ? 'locked' : 'default') : undefined}
      />
      <details class="advanced" open={advancedOpen} onToggle={(event) => setAdvancedOpen(event.currentTarget.open)}>
        <summary>{t('advanced')}</summary>
        <BaseUrlField
          value={state.baseUrl}
          error={state.errors.baseUrl}
          inputRef={urlRef}
          onInput={actions.setBaseUrl}
          locked={urlLocked}
          fromPolicy={policy.apiBaseUrl !== undefined && state.baseUrl === policy.apiBaseUrl}
        />
      </details>
      <div class="actions">
        <button type="submit" class="primary" aria-disabled={state.busy ? 'true' : undefined}>
          {t('save')}
        </button>
        <button type="button" class="secondary" aria-disabled={state.busy ? 'true' : undefined} onClick={() => void actions.test().then(focusOn)}>
          {t('testConnection')}
        </button>
      </div>
      <StatusLine busy={state.busy} outcome={state.outcome} />
    </form>
  );
}

/** One live region for both actions, present from the start so screen readers announce changes. */
function StatusLine({ busy, outcome }: { busy: Busy; outcome: Outcome | null }) {
  const text = busy ? t(BUSY_KEYS[busy]) : (outcome?.text ?? '');
  const tone = busy ? 'busy' : (outcome?.tone ?? 'idle');
  return (
    <p role="status" class={`status ${tone}`}>
      {text}
    </p>
  );
}
