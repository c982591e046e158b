import { t } from '../../utils/i18n';

interface Props {
  /** ATS names, e.g. from utils/ats `adapters`. */
  readonly names: readonly string[];
}

export function SupportedAts({ names }: Props) {
  return (
    <section class="card note" aria-labelledby="supported-title">
      <h2 id="supported-title">{t('supportedTitle')}</h2>
      <p>{t('supportedIntro')}</p>
      <ul class="ats-list">
        {names.map((name) => (
          <li key={name}>{name}</li>
        ))}
      </ul>
    </section>
  );
}
