import type { LauncherTone } from '../messages';
import type { TabState } from '../tab-state';
import { ERROR_COPY } from '../api/errors';

export interface BadgeView {
  readonly text: string;
  readonly color: string;
  readonly title: string;
  readonly tone?: LauncherTone;
  readonly launcher?: string;
}

const NAME = 'Xobin AI Interview';
const COLORS = { score: '#1d4ed8', loading: '#6b7280', pending: '#b45309', 'not-found': '#6b7280', error: '#b91c1c' };

/** What the toolbar badge, its tooltip and the in-page launcher say for a tab. */
export function badgeFor(state: TabState | null): BadgeView {
  if (!state || state.phase === 'no-candidate') {
    return { text: '', color: COLORS.loading, title: `${NAME}: open a candidate profile in your ATS to see their report.` };
  }
  if (state.phase === 'loading' || !state.result) {
    return view('…', 'loading', 'loading the report…', 'AI Interview · loading');
  }
  const { result } = state;
  if (result.kind === 'error') {
    // Not an error to a recruiter who just installed: a to-do. "KEY" names the one missing thing (the
    // settings field is "API key") in 3 letters that fit the badge; "!" would read as "broken".
    if (result.error.kind === 'no-key') {
      return view('KEY', 'pending', `${ERROR_COPY['no-key'].title} — add your API key in settings to see this candidate's report.`, `AI Interview · ${ERROR_COPY['no-key'].title}`);
    }
    if (result.error.kind === 'not-found') {
      return view('?', 'not-found', 'no report found for this candidate. Open the side panel for details.', 'AI Interview · none found');
    }
    return view('!', 'error', `${ERROR_COPY[result.error.kind].title}. Open the side panel for what to do.`, 'AI Interview · problem');
  }
  const summary = result.summary;
  if (!summary) return view('…', 'loading', 'loading the report…', 'AI Interview · loading');
  if (summary.scoreInvalid) return view('!', 'error', 'the report has a score outside its range. Open the side panel for details.', 'AI Interview · invalid score');
  if (summary.status === 'pending' || summary.score === undefined) {
    return view('P', 'pending', `interview not completed yet (status: ${summary.inviteStatus}).`, `AI Interview · ${summary.inviteStatus}`);
  }
  const score = formatScore(summary.score);
  return view(score, 'score', `score ${score}. Click to open the full report.`, `AI Interview · ${score}`);
}

function view(text: string, tone: keyof typeof COLORS, what: string, launcher: string): BadgeView {
  return { text, color: COLORS[tone], title: `${NAME}: ${what}`, tone, launcher };
}

/** Badges fit about four characters: 82, 7.5, 100. */
export function formatScore(score: number): string {
  return Number.isInteger(score) ? String(score) : score.toFixed(1);
}
