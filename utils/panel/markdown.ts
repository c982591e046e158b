import type { CompletedReport, TranscriptMessage } from '../api/schemas';
import { INVALID, type Checked } from '../api/score';
import { t } from '../i18n';
import { safeHttpUrl } from './safe-url';
import { formatApiDate, formatGmt, formatNumber } from '../format';
import { formatOffset, interviewStart, speakerOf } from './transcript';

/** Report text pasted into an ATS note must not turn into links, emphasis or HTML there. */
export function escapeInline(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

/** A fence longer than any backtick run in the code, so code containing ``` stays one block. */
export function fenceFor(code: string): string {
  const longest = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  return '`'.repeat(Math.max(3, longest + 1));
}

/** A score as text; one outside its range reads "invalid", never as a number that could mislead. */
export function formatScoreText(value: Checked): string {
  return value === INVALID ? t('scoreInvalid') : formatNumber(value);
}

export function speakerLabel(role: string): string {
  const speaker = speakerOf(role);
  return speaker === 'interviewer' ? t('speakerInterviewer') : speaker === 'candidate' ? t('speakerCandidate') : role;
}

function skillLine(skills: CompletedReport['skill_wise_scores']['mustHaves']): string {
  return skills.map((skill) => `${escapeInline(skill.skill_name)} ${formatScoreText(skill.score)}`).join(', ');
}

/** Plain text that is also Markdown: reads fine pasted into any ATS note field. */
export function scorecardMarkdown(report: CompletedReport): string {
  const name = escapeInline(report.candidate_name ?? t('unknownCandidate'));
  const lines = [report.candidate_email ? `**${name}** · ${escapeInline(report.candidate_email)}` : `**${name}**`];
  const interview = [
    report.ai_interview_name ? t('mdInterview', escapeInline(report.ai_interview_name)) : t('aiInterview'),
    report.completed_date ? t('completedGmt', escapeInline(formatApiDate(report.completed_date))) : undefined,
  ];
  lines.push(interview.filter(Boolean).join(' · '), '');
  lines.push(`- ${t('scoreLabel')}: ${formatScoreText(report.score)}`);
  if (report.recommendation) lines.push(`- ${t('recommendationLabel')}: ${escapeInline(report.recommendation)}`);
  lines.push(
    `- ${t('integrityLabel')}: ${report.integrity_score === undefined ? t('notReported') : report.integrity_score === INVALID ? t('scoreInvalid') : t('outOfTen', formatNumber(report.integrity_score))}`,
  );
  const { mustHaves, niceToHaves } = report.skill_wise_scores;
  if (mustHaves.length) lines.push(`- ${t('mustHaves')}: ${skillLine(mustHaves)}`);
  if (niceToHaves.length) lines.push(`- ${t('niceToHaves')}: ${skillLine(niceToHaves)}`);
  const link = safeHttpUrl(report.report_link);
  if (link) lines.push(`- ${t('xobinReport')}: ${link}`);
  return lines.join('\n');
}

function messageMarkdown(message: TranscriptMessage, start: number | undefined): string {
  const when =
    message.timestamp === undefined
      ? ''
      : ` · ${start === undefined ? '' : formatOffset(message.timestamp - start)}${formatGmt(message.timestamp) ? ` (${formatGmt(message.timestamp)})` : ''}`;
  const head = `**${escapeInline(speakerLabel(message.role))}**${when}`;
  if (message.mode === 'code') {
    const fence = fenceFor(message.content);
    return `${head}\n\n${fence}\n${message.content}\n${fence}`;
  }
  return `${head}\n\n${message.content}`;
}

export function transcriptMarkdown(report: CompletedReport): string {
  const start = interviewStart(report.conversation);
  const title = `# ${t('mdTranscriptTitle', escapeInline(report.candidate_name ?? t('unknownCandidate')))}`;
  const about = [
    report.ai_interview_name ? escapeInline(report.ai_interview_name) : undefined,
    report.completed_date ? t('completedGmt', escapeInline(formatApiDate(report.completed_date))) : undefined,
    t('mdResponseId', report.response_id),
  ].filter(Boolean);
  const body = report.conversation.map((message) => messageMarkdown(message, start));
  return [title, about.join(' · '), '---', ...body].join('\n\n') + '\n';
}

/** A file name that is safe on every OS. */
export function transcriptFileName(report: CompletedReport): string {
  const name = (report.candidate_name ?? 'candidate')
    .normalize('NFKD')
    .replace(/[^\w-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
  return `transcript-${name || 'candidate'}-${report.response_id}.md`;
}
