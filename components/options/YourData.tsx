import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { sendToBackground } from '../../utils/send';
import './sections.css';

type Outcome = { readonly tone: 'ok' | 'error'; readonly text: string };

interface Props {
  /** The connection form above shows "a key is saved" until it learns otherwise. */
  readonly onKeyRemoved?: () => void;
}

/**
 * "Your data" (PRIVACY.md, "Your controls"): the background does the removing and answers with
 * what it removed, which is what this section confirms. Removing the key asks once more first:
 * recruiters get keys from Xobin support and may not have it at hand to paste again.
 */
export function YourData({ onKeyRemoved }: Props) {
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const removeRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  // Focus follows the question: onto "Yes" when it appears, back to "Remove" when it goes.
  const asked = useRef(false);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
    else if (asked.current) removeRef.current?.focus();
    asked.current = confirming;
  }, [confirming]);

  async function run(action: () => Promise<string>): Promise<void> {
    if (busy) return;
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome({ tone: 'ok', text: await action() });
    } catch {
      setOutcome({ tone: 'error', text: t('yourDataUnreachable') });
    } finally {
      setBusy(false);
    }
  }

  const clearData = () =>
    run(async () => {
      const removed = await sendToBackground({ type: 'privacy:clear-data' });
      return t('clearDataDone', removed.reports, removed.recent, removed.tabs);
    });

  const removeKey = () => {
    setConfirming(false);
    return run(async () => {
      const result = await sendToBackground({ type: 'privacy:remove-key' });
      onKeyRemoved?.();
      return result.removed ? t('removeKeyDone', result.reports) : t('removeKeyNone');
    });
  };

  const disabled = busy ? 'true' : undefined;
  return (
    <section class="card" aria-labelledby="your-data-title">
      <h2 id="your-data-title">{t('yourDataTitle')}</h2>
      <p class="hint">{t('yourDataIntro')}</p>
      <div class="data-action">
        <button type="button" class="secondary" aria-disabled={disabled} aria-describedby="clear-data-hint" onClick={() => void clearData()}>
          {t('clearDataButton')}
        </button>
        <p id="clear-data-hint" class="hint">
          {t('clearDataHint')}
        </p>
      </div>
      <div class="data-action">
        {confirming ? (
          <div class="confirm" role="group" aria-labelledby="remove-key-question">
            <p id="remove-key-question">{t('removeKeyConfirm')}</p>
            <div class="actions">
              <button ref={confirmRef} type="button" class="danger" onClick={() => void removeKey()}>
                {t('removeKeyConfirmButton')}
              </button>
              <button type="button" class="secondary" onClick={() => setConfirming(false)}>
                {t('removeKeyCancel')}
              </button>
            </div>
          </div>
        ) : (
          <button
            ref={removeRef}
            type="button"
            class="secondary"
            aria-disabled={disabled}
            aria-describedby="remove-key-hint"
            onClick={() => !busy && setConfirming(true)}
          >
            {t('removeKeyButton')}
          </button>
        )}
        <p id="remove-key-hint" class="hint">
          {t('removeKeyHint')}
        </p>
      </div>
      <p role="status" class={`status ${busy ? 'busy' : (outcome?.tone ?? 'idle')}`}>
        {busy ? t('yourDataBusy') : (outcome?.text ?? '')}
      </p>
    </section>
  );
}
