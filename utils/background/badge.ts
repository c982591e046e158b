import type { TabState } from '../tab-state';
import { ERROR_KEYS } from '../api/errors';
import { formatBadgeNumber } from '../format';
import { t } from '../i18n';
import { tabIdentityProblem } from '../panel/identity';

export interface BadgeView {
  readonly text: string;
  readonly color: string;
  readonly title: string;
}

const COLORS = { score: '#1d4ed8', loading: '#6b7280', pending: '#b45309', 'not-found': '#6b7280', error: '#b91c1c', paused: '#6b7280', mismatch: '#7c2d12' };
/** Not a score: the report names another person than the profile (a planted link, a wrong id). */
export const MISMATCH_BADGE = '≠';
export const PAUSED_BADGE = '⏸';

/** What the toolbar badge and its tooltip say for a tab, in the browser's language. */
export function badgeFor(state: TabState | null): BadgeView {
  if (!state || state.phase === 'no-candidate') {
    return { text: '', color: COLORS.loading, title: t('actionTitle') };
  }
  if (state.phase === 'loading' || !state.result) return loading();
  const { result } = state;
  if (result.kind === 'paused') {
    return view(PAUSED_BADGE, 'paused', t('badgeTitle', t('pausedBadgeTitle')));
  }
  if (result.kind === 'error') {
    if (result.error.kind === 'not-found') return view('?', 'not-found', t('badgeNotFoundTitle'));
    // Not an error to a recruiter who just installed: a to-do. "KEY" names the one missing thing (the
    // settings field is "API key") in 3 letters that fit the badge; "!" would read as "broken".
    if (result.error.kind === 'no-key') return view(t('badgeNoKey'), 'pending', t('badgeNoKeyTitle', t('errNoKeyTitle')));
    const [title] = ERROR_KEYS[result.error.kind] ?? ERROR_KEYS.server;
    return view('!', 'error', t('badgeErrorTitle', t(title)));
  }
  const summary = result.summary;
  if (!summary) return loading();
  // Before the score: a report that names someone else must not look like this candidate's.
  const problem = tabIdentityProblem(state);
  if (problem) {
    const who =
      problem.kind === 'email'
        ? t('mismatchBadgeEmail', problem.report, problem.profile)
        : problem.kind === 'untied'
          ? t('mismatchBadgeUntied', problem.report)
          : t('mismatchBadgeCustomField', problem.report);
    return view(MISMATCH_BADGE, 'mismatch', t('badgeTitle', `${who} ${t('mismatchBadgeNext')}`));
  }
  if (summary.scoreInvalid) return view('!', 'error', t('badgeScoreInvalidTitle'));
  if (summary.status === 'pending' || summary.score === undefined) {
    return view(t('badgePending'), 'pending', t('badgePendingTitle', summary.inviteStatus));
  }
  const score = formatScore(summary.score);
  return view(score, 'score', t('badgeScoreTitle', score));
}

function loading(): BadgeView {
  return view('…', 'loading', t('badgeLoadingTitle'));
}

function view(text: string, tone: keyof typeof COLORS, title: string): BadgeView {
  return { text, color: COLORS[tone], title };
}

/** Badges fit about four characters: 82, 7.5 (7,5 in German), 100. */
export function formatScore(score: number): string {
  return formatBadgeNumber(score);
}
