import type { LauncherTone } from '../messages';
import type { TabState } from '../tab-state';
import { ERROR_KEYS } from '../api/errors';
import { formatBadgeNumber } from '../format';
import { t } from '../i18n';

export interface BadgeView {
  readonly text: string;
  readonly color: string;
  readonly title: string;
  readonly tone?: LauncherTone;
  readonly launcher?: string;
}

const COLORS = { score: '#1d4ed8', loading: '#6b7280', pending: '#b45309', 'not-found': '#6b7280', error: '#b91c1c' };

/** What the toolbar badge, its tooltip and the in-page launcher say for a tab, in the browser's language. */
export function badgeFor(state: TabState | null): BadgeView {
  if (!state || state.phase === 'no-candidate') {
    return { text: '', color: COLORS.loading, title: t('actionTitle') };
  }
  if (state.phase === 'loading' || !state.result) return loading();
  const { result } = state;
  if (result.kind === 'error') {
    if (result.error.kind === 'not-found') return view('?', 'not-found', t('badgeNotFoundTitle'), t('launcherNotFound'));
    const [title] = ERROR_KEYS[result.error.kind] ?? ERROR_KEYS.server;
    return view('!', 'error', t('badgeErrorTitle', t(title)), t('launcherProblem'));
  }
  const summary = result.summary;
  if (!summary) return loading();
  if (summary.status === 'pending' || summary.score === undefined) {
    return view(t('badgePending'), 'pending', t('badgePendingTitle', summary.inviteStatus), t('launcherValue', summary.inviteStatus));
  }
  const score = formatScore(summary.score);
  return view(score, 'score', t('badgeScoreTitle', score), t('launcherValue', score));
}

function loading(): BadgeView {
  return view('…', 'loading', t('badgeLoadingTitle'), t('launcherLoading'));
}

function view(text: string, tone: keyof typeof COLORS, title: string, launcher: string): BadgeView {
  return { text, color: COLORS[tone], title, tone, launcher };
}

/** Badges fit about four characters: 82, 7.5 (7,5 in German), 100. */
export function formatScore(score: number): string {
  return formatBadgeNumber(score);
}
