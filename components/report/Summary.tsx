import { t } from '../../utils/i18n';
import { CopyButton } from '../CopyButton';

export function Summary({ summary }: { summary?: string }) {
  return (
    <section class="card" aria-labelledby="summary-title">
      <div class="card-head">
        <h2 id="summary-title">{t('summary')}</h2>
        {summary && <CopyButton text={summary} label={t('copySummary')} class="btn btn-small" />}
      </div>
      <p class="summary">{summary || t('noSummary')}</p>
    </section>
  );
}
