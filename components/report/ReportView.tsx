import type { CompletedReport } from '../../utils/api/schemas';
import { t } from '../../utils/i18n';
import type { Lookup } from '../../utils/tab-state';
import { Transcript } from '../transcript/Transcript';
import { CandidateHeader, RefreshControl } from './CandidateHeader';
import { Overview } from './Overview';
import { ReportActions } from './ReportActions';
import { Skills } from './Skills';
import { Summary } from './Summary';

interface Props {
  readonly report: CompletedReport;
  readonly lookup: Lookup;
  readonly refreshing: boolean;
  readonly onRefresh: () => void;
  readonly onOpenInTab?: (responseId: string) => void;
}

/** A completed AI Interview: verdict first, evidence below. */
export function ReportView({ report, lookup, refreshing, onRefresh, onOpenInTab }: Props) {
  return (
    <>
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
      <ReportActions report={report} onOpenInTab={onOpenInTab} />
      <Transcript messages={report.conversation} />
    </>
  );
}
