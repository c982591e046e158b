import { t } from '../../utils/i18n';
import { formatNumber } from '../../utils/format';
import { INTEGRITY_MAX, INVALID, type Checked } from '../../utils/api/score';
import { formatScoreText } from '../../utils/panel/markdown';
import { recommendationTone } from '../../utils/panel/tone';

interface Props {
  readonly score: Checked;
  readonly recommendation?: string;
  readonly integrity?: Checked;
}

const TONE_ICON = { positive: '✓', negative: '✕', neutral: '•' } as const;

/** Percent of a bar; the score's maximum is undocumented, so anything above 100 fills it. */
export function percent(value: number, max: number): number {
  return Math.max(0, Math.min(100, (value / max) * 100));
}

/** The verdict at a glance: score, recommendation, integrity. */
export function Overview({ score, recommendation, integrity }: Props) {
  const tone = recommendationTone(recommendation);
  return (
    <section class="card overview" aria-label={t('overview')}>
      <div class="tile">
        <p class="tile-label">{t('scoreLabel')}</p>
        <div class="ring" style={`--p:${score === INVALID ? 0 : percent(score, 100)}%`} data-invalid={score === INVALID || undefined}>
          <span class="ring-value">{formatScoreText(score)}</span>
        </div>
        {score === INVALID && <p class="tile-note muted">{t('scoreInvalidExplained')}</p>}
      </div>
      <div class={`tile tone-${tone}`} data-tone={tone}>
        <p class="tile-label">{t('recommendationLabel')}</p>
        <p class="tile-value rec">
          <span class="tone-icon" aria-hidden="true">
            {TONE_ICON[tone]}
          </span>
          {recommendation || t('notGiven')}
        </p>
      </div>
      <div class="tile tile-integrity">
        <p class="tile-label">{t('integrityLabel')}</p>
        <p class="tile-value" data-invalid={integrity === INVALID || undefined}>
          {integrity === undefined ? t('notReported') : integrity === INVALID ? t('scoreInvalid') : t('outOfTen', formatNumber(integrity))}
        </p>
        {integrity !== undefined && integrity !== INVALID && <span class="bar" style={`--p:${percent(integrity, INTEGRITY_MAX)}%`} aria-hidden="true" />}
        {integrity === INVALID && <p class="tile-note muted">{t('integrityInvalidExplained')}</p>}
        <p class="tile-note muted">{t('integrityExplained')}</p>
      </div>
    </section>
  );
}
