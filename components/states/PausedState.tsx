import { useEffect, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';

interface Props {
  /** Epoch ms when the worker asks again by itself. */
  readonly resumeAt: number;
  /** 'tab': this page asked too often; 'all': every ATS tab together did. */
  readonly scope: 'tab' | 'all';
  /** The recruiter's own lookup: always allowed. */
  readonly onLookUpNow: () => void;
}

/** Lookups paused by the budget (utils/background/budget.ts): what happened, when it resumes, and how to go on now. */
export function PausedState({ resumeAt, scope, onLookUpNow }: Props) {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const seconds = Math.ceil((resumeAt - now) / 1000);
  return (
    <section class="card notice" aria-labelledby="paused-title" data-testid="paused">
      <h1 id="paused-title">{t('pausedTitle')}</h1>
      <p>{scope === 'tab' ? t('pausedMessageTab') : t('pausedMessageAll')}</p>
      <p>{seconds > 0 ? t('pausedNext', seconds) : t('pausedResuming')}</p>
      <div class="action-row">
        <button type="button" class="btn btn-primary" onClick={onLookUpNow}>
          {t('lookUpNow')}
        </button>
      </div>
    </section>
  );
}
