import { useEffect, useRef, useState } from 'preact/hooks';
import type { Share } from '../../utils/api/actions';
import type { CallResult } from '../../utils/api/client';
import { ERROR_KEYS, type ApiError } from '../../utils/api/errors';
import { formatLocal } from '../../utils/format';
import { t } from '../../utils/i18n';
import { safeHttpUrl } from '../../utils/panel/safe-url';
import { useCopy } from '../hooks/useCopy';
import { CopyButton } from '../CopyButton';

/** What Xobin allows is 1 minute to 24 hours; these are the choices a recruiter needs. */
export const SHARE_CHOICES = [1, 8, 24] as const;

interface Props {
  /** Asks the worker for a signed link; the link lives in this component only, never in storage. */
  readonly onShare: (hours: number) => Promise<CallResult<Share>>;
  readonly now?: () => number;
}

/** "Share link": a signed URL for a hiring manager without a Xobin login, copied, with its expiry. */
export function ShareLink({ onShare, now = Date.now }: Props) {
  const [hours, setHours] = useState<number>(SHARE_CHOICES[0]);
  const [busy, setBusy] = useState(false);
  const [share, setShare] = useState<Share | undefined>();
  const [error, setError] = useState<ApiError | undefined>();
  const { copy, copied } = useCopy();
  const asking = useRef(false);

  // Forget the link when it expires: it opens nothing after that, and must not linger.
  useEffect(() => {
    if (!share) return;
    const timer = setTimeout(() => setShare(undefined), Math.max(0, share.expiresAt - now()));
    return () => clearTimeout(timer);
  }, [share, now]);

  const ask = async () => {
    if (asking.current) return;
    asking.current = true;
    setBusy(true);
    setError(undefined);
    try {
      const result = await onShare(hours);
      if (result.ok && safeHttpUrl(result.value.url)) {
        setShare(result.value);
        void copy(result.value.url);
      } else setError(result.ok ? { kind: 'invalid-response' } : result.error);
    } finally {
      asking.current = false;
      setBusy(false);
    }
  };

  const url = share && safeHttpUrl(share.url);
  return (
    <div class="share">
      <div class="action-row">
        <label for="share-hours">{t('shareFor')}</label>
        <select id="share-hours" class="input" value={String(hours)} onChange={(event) => setHours(Number(event.currentTarget.value))} disabled={busy}>
          {SHARE_CHOICES.map((choice) => (
            <option key={choice} value={String(choice)}>
              {t(choice === 1 ? 'shareOneHour' : 'shareHours', choice)}
            </option>
          ))}
        </select>
        <button type="button" class="btn" onClick={() => void ask()} disabled={busy} aria-busy={busy ? 'true' : undefined}>
          {busy ? t('shareMaking') : t('shareLink')}
        </button>
      </div>
      {url && share && (
        <div class="share-result" role="status">
          <a class="link share-url" href={url} target="_blank" rel="noopener noreferrer">
            {url}
          </a>
          <p class="muted">
            {t('shareExpires', formatLocal(share.expiresAt))}
            {copied ? ` ${t('copied')}` : ''}
          </p>
          <CopyButton text={url} label={t('shareCopy')} />
        </div>
      )}
      {error && (
        <p class="field-problem" role="alert">
          {t('shareFailed', error.kind === 'invalid-response' ? t('shareUnreadable') : t(ERROR_KEYS[error.kind]?.[0] ?? 'errServerTitle'))}
          {error.detail ? ` ${t('apiSaid', error.detail)}` : ''}
        </p>
      )}
    </div>
  );
}
