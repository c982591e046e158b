import { useState } from 'preact/hooks';
import type { CompletedReport } from '../../utils/api/schemas';
import { momentAt, sessionLinks, type RecordingMoment } from '../../utils/panel/recordings';
import { t } from '../../utils/i18n';
import type { IdentityProblem } from '../../utils/panel/identity';
import type { Lookup } from '../../utils/tab-state';
import { Transcript } from '../transcript/Transcript';
import { CandidateHeader, RefreshControl } from './CandidateHeader';
import { IdentityWarning } from './IdentityWarning';
import { Overview } from './Overview';
import { RecordingContext, type Recording } from './recording';
import { RecordingPlayer } from './RecordingPlayer';
import type { Share } from '../../utils/api/actions';
import type { CallResult } from '../../utils/api/client';
import { ReportActions } from './ReportActions';
import { Skills } from './Skills';
import { Summary } from './Summary';

interface Props {
  readonly report: CompletedReport;
  readonly lookup: Lookup;
  readonly refreshing: boolean;
  readonly onRefresh: () => void;
  readonly onOpenInTab?: (responseId: string) => void;
  /** Why the report may not be the profile's candidate. */
  readonly identity?: IdentityProblem;
  readonly onConfirmIdentity?: (responseId: string) => void;
  /** The transcript's first messages are shown; this many in all are on their way. */
  readonly transcriptPending?: number;
  readonly onShare?: (responseId: string, hours: number) => Promise<CallResult<Share>>;
}

/** A completed AI Interview: verdict first, evidence below. */
export function ReportView({ report, lookup, refreshing, onRefresh, onOpenInTab, identity, onConfirmIdentity, transcriptPending, onShare }: Props) {
  const [playing, setPlaying] = useState<RecordingMoment | undefined>(undefined);
  const sessions = sessionLinks(report.interview_recording);
  // Only start-time keys place a message in a recording; documented `session1` keys cannot.
  const recording: Recording | undefined = sessions.some((session) => session.startedAt !== undefined)
    ? { find: (timestamp) => momentAt(sessions, timestamp), play: (moment) => setPlaying({ ...moment }) }
    : undefined;
  return (
    <>
      <IdentityWarning problem={identity} onConfirm={onConfirmIdentity && (() => onConfirmIdentity(report.response_id))} />
      <CandidateHeader
        name={report.candidate_name}
        email={report.candidate_email}
        interview={report.ai_interview_name}
        completed={report.completed_date}
        lookup={lookup}
      >
        <RefreshControl refreshing={refreshing} onRefresh={onRefresh} label={t('refresh')} />
      </CandidateHeader>
      <Overview score={report.score} recommendation={report.recommendation} integrity={report.integrity_score} />
      <Skills skills={report.skill_wise_scores} />
      <Summary summary={report.candidate_summary} />
      {/* Someone else's report (identity) is not shared from this profile. */}
      <ReportActions report={report} onOpenInTab={onOpenInTab} comparable={!identity} onShare={identity ? undefined : onShare} />
      <RecordingContext.Provider value={recording}>
        <Transcript messages={report.conversation} reportId={report.response_id} skipped={report.skipped_messages ?? 0} pendingTotal={transcriptPending} />
      </RecordingContext.Provider>
      {playing && <RecordingPlayer moment={playing} onClose={() => setPlaying(undefined)} />}
    </>
  );
}
