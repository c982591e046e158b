import { t } from '../../utils/i18n';

/** One placeholder line; `width` in percent of its box. */
function Line({ width, class: className = '' }: { width: number; class?: string }) {
  return <span class={`sk ${className}`} style={`width:${width}%`} />;
}

function SkillRow({ width }: { width: number }) {
  return (
    <span class="skill">
      <Line width={width} />
      <span class="sk bar" />
    </span>
  );
}

/**
 * A skeleton built from the report's own cards and classes (same paddings, grid and line heights),
 * so nothing jumps when the report replaces it. Hidden from assistive technology, which hears the
 * one status line instead.
 */
export function LoadingState() {
  return (
    <>
      <p class="sr-only" role="status">
        {t('loading')}
      </p>
      <div class="skeleton" aria-hidden="true">
        <div class="card head">
          <div class="head-main">
            <Line width={55} class="sk-title" />
            <Line width={40} class="sk-small" />
            <Line width={60} />
            <Line width={75} />
            <Line width={35} />
            <Line width={70} class="sk-small" />
            <Line width={55} class="sk-small" />
          </div>
          <div class="head-side">
            <span class="sk sk-button" />
          </div>
        </div>
        <div class="card overview">
          <div class="tile">
            <Line width={80} class="sk-label" />
            <span class="sk sk-ring" />
          </div>
          <div class="tile">
            <Line width={50} class="sk-label" />
            <span class="sk sk-pill" />
          </div>
          <div class="tile tile-integrity">
            <Line width={30} class="sk-label" />
            <Line width={40} class="sk-value" />
            <span class="sk bar" />
            <Line width={90} class="sk-small" />
            <Line width={60} class="sk-small" />
          </div>
        </div>
        <div class="card">
          <Line width={25} class="sk-heading" />
          <Line width={35} class="sk-small" />
          <SkillRow width={30} />
          <SkillRow width={20} />
          <Line width={35} class="sk-small" />
          <SkillRow width={25} />
        </div>
        <div class="card">
          <Line width={30} class="sk-heading" />
          <Line width={100} />
          <Line width={95} />
          <Line width={90} />
          <Line width={70} />
        </div>
        <div class="card">
          <Line width={40} class="sk-heading" />
          <div class="action-row">
            <span class="sk sk-button" />
            <span class="sk sk-button" />
            <span class="sk sk-button" />
          </div>
        </div>
      </div>
    </>
  );
}
