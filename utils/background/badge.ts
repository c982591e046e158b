import type { TabState } from '../tab-state';
import { ERROR_COPY } from '../api/errors';
import { t } from '../i18n';
import { expectedCustomFieldIds, identityProblem } from '../panel/identity';

export interface BadgeView {
  readonly text: string;
  readonly color: string;
  readonly title: string;
}

const NAME = 'Xobin AI Interview';
const COLORS = { score: '#1d4ed8', loading: '#6b7280', pending: '#b45309', 'not-found': '#6b7280', error: '#b91c1c', paused: '#6b7280', mismatch: '#7c2d12' };
/** Not a score: the report names another person than the profile (a planted link, a wrong id). */
export const MISMATCH_BADGE = '≠';
export const PAUSED_BADGE = '⏸';

/** What the toolbar badge and its tooltip say for a tab. */
export function badgeFor(state: TabState | null): BadgeView {
  if (!state || state.phase === 'no-candidate') {
    return { text: '', color: COLORS.loading, title: `${NAME}: open a candidate profile in your ATS to see their report.` };
  }
  if (state.phase === 'loading' || !state.result) return view('…', 'loading', 'loading the report…');
  const { result } = state;
  if (result.kind === 'paused') {
    return view(PAUSED_BADGE, 'paused', t('pausedBadgeTitle'));
  }
  if (result.kind === 'error') {
    if (result.error.kind === 'not-found') return view('?', 'not-found', 'no report found for this candidate. Open the side panel for details.');
    // Not an error to a recruiter who just installed: a to-do. "KEY" names the one missing thing (the
    // settings field is "API key") in 3 letters that fit the badge; "!" would read as "broken".
    if (result.error.kind === 'no-key') {
      return view('KEY', 'pending', `${ERROR_COPY['no-key'].title} — add your API key in settings to see this candidate's report.`);
    }
    return view('!', 'error', `${ERROR_COPY[result.error.kind].title}. Open the side panel for what to do.`);
  }
  const summary = result.summary;
  if (!summary) return view('…', 'loading', 'loading the report…');
  // Before the score: a report that names someone else must not look like this candidate's.
  const problem = identityProblem({
    profileEmail: state.email,
    reportEmail: summary.email,
    reportCustomFieldId: summary.customFieldId,
    expectedCustomFieldIds: expectedCustomFieldIds(state),
  });
  if (problem) {
    const who = problem.kind === 'email' ? t('mismatchBadgeEmail', problem.report, problem.profile) : t('mismatchBadgeCustomField', problem.report);
    return view(MISMATCH_BADGE, 'mismatch', `${who} ${t('mismatchBadgeNext')}`);
  }
  if (summary.scoreInvalid) return view('!', 'error', 'the report has a score outside its range. Open the side panel for details.');
  if (summary.status === 'pending' || summary.score === undefined) {
    return view('P', 'pending', `interview not completed yet (status: ${summary.inviteStatus}).`);
  }
  const score = formatScore(summary.score);
  return view(score, 'score', `score ${score}. Click to open the full report.`);
}

function view(text: string, tone: keyof typeof COLORS, what: string): BadgeView {
  return { text, color: COLORS[tone], title: `${NAME}: ${what}` };
}

/** Badges fit about four characters: 82, 7.5, 100. */
export function formatScore(score: number): string {
  return Number.isInteger(score) ? String(score) : score.toFixed(1);
}
