import type { CompletedReport } from '../../utils/api/schemas';
import { t } from '../../utils/i18n';
import { downloadText } from '../../utils/panel/clipboard';
import { scorecardMarkdown, transcriptFileName, transcriptMarkdown } from '../../utils/panel/markdown';
import { sessionLinks } from '../../utils/panel/recordings';
import { safeHttpUrl } from '../../utils/panel/safe-url';
import { formatGmt } from '../../utils/format';
import { useAnnounce } from '../Announcer';
import { CompareActions } from '../compare/CompareActions';
import { CopyButton } from '../CopyButton';
import { ShareLink } from '../invite/ShareLink';
import type { Share } from '../../utils/api/actions';
import type { CallResult } from '../../utils/api/client';

/** A link out of the panel: only ever http(s) (checked by the caller), never with an opener. */
function ExternalLink({ href, label, title, class: className = 'btn' }: { href: string; label: string; title?: string; class?: string }) {
  return (
    <a class={className} href={href} target="_blank" rel="noopener noreferrer" title={title}>
      {label}
    </a>
  );
}

/** Links to the report, PDF and recordings, and the copy/export actions. */
/** `comparable`: false while the report is not tied to the profile (someone else's: not offered for compare). */
export function ReportActions({
  report,
  onOpenInTab,
  comparable = true,
  onShare,
}: {
  report: CompletedReport;
  onOpenInTab?: (responseId: string) => void;
  comparable?: boolean;
  /** "Share link" for a hiring manager (when the organisation allows it). */
  onShare?: (responseId: string, hours: number) => Promise<CallResult<Share>>;
}) {
  const announce = useAnnounce();
  const reportUrl = safeHttpUrl(report.report_link);
  const pdfUrl = safeHttpUrl(report.pdf_link);
  const sessions = sessionLinks(report.interview_recording);
  const exportTranscript = () => {
    downloadText(transcriptFileName(report), transcriptMarkdown(report));
    announce(t('transcriptSaved'));
  };
  return (
    <section class="card" aria-labelledby="actions-title">
      <h2 id="actions-title">{t('actions')}</h2>
      <div class="action-row">
        {onOpenInTab && (
          <button type="button" class="btn" onClick={() => onOpenInTab(report.response_id)}>
            {t('openInTab')}
          </button>
        )}
        {reportUrl && <ExternalLink href={reportUrl} label={t('openReport')} />}
        {pdfUrl && <ExternalLink href={pdfUrl} label={t('openPdf')} />}
        <CopyButton text={() => scorecardMarkdown(report)} label={t('copyScorecard')} />
        <button type="button" class="btn" onClick={exportTranscript} disabled={report.conversation.length === 0}>
          {t('exportTranscript')}
        </button>
        {comparable && <CompareActions responseId={report.response_id} />}
      </div>
      {onShare && <ShareLink onShare={(hours) => onShare(report.response_id, hours)} />}
      {sessions.length > 0 && (
        <div class="recordings">
          <h3>{t('recordings')}</h3>
          <ul class="link-list">
            {sessions.map((session) => {
              const started = session.startedAt === undefined ? undefined : formatGmt(session.startedAt);
              return (
                <li key={session.number}>
                  <ExternalLink
                    class="link"
                    href={session.url}
                    label={t('sessionN', session.number)}
                    title={started ? t('sessionStarted', started) : undefined}
                  />
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </section>
  );
}
