import { t } from '../../utils/i18n';

function Line({ width, class: className = '' }: { width: string; class?: string }) {
  return <span class={`sk ${className}`} style={`width:${width}`} />;
}

/**
 * A skeleton laid out like the report (same cards, same heights), so nothing jumps when it arrives.
 * Hidden from assistive technology, which hears the one status line instead.
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
            <Line width="55%" class="sk-title" />
            <Line width="40%" />
            <Line width="70%" />
            <Line width="60%" />
          </div>
        </div>
        <div class="card overview">
          {[0, 1, 2].map((tile) => (
            <div class="tile" key={tile}>
              <Line width="50%" />
              <span class="sk sk-block" />
            </div>
          ))}
        </div>
        <div class="card">
          <Line width="30%" class="sk-heading" />
          {[80, 65, 72, 58].map((width) => (
            <Line key={width} width={`${width}%`} class="sk-row" />
          ))}
        </div>
        <div class="card">
          <Line width="30%" class="sk-heading" />
          <Line width="100%" />
          <Line width="95%" />
          <Line width="70%" />
        </div>
        <div class="card">
          <Line width="30%" class="sk-heading" />
          {[90, 75, 85, 60].map((width) => (
            <Line key={width} width={`${width}%`} class="sk-row" />
          ))}
        </div>
      </div>
    </>
  );
}
