import type { PendingReport } from '../../utils/api/schemas';
import { t } from '../../utils/i18n';
import type { IdentityProblem } from '../../utils/panel/identity';
import type { Lookup } from '../../utils/tab-state';
import { CandidateHeader, RefreshControl } from '../report/CandidateHeader';
import { InviteSent } from '../invite/InviteOffer';
import { IdentityWarning } from '../report/IdentityWarning';

/** Plain words for an invite status; statuses nobody documented are shown as-is with a generic line. */
export function statusMeaning(status: string): string {
  const normalised = status.trim().toLowerCase();
  if (normalised === 'pending') return t('statusPendingMeaning');
  if (normalised === 'started') return t('statusStartedMeaning');
  return t('statusOtherMeaning');
}

interface Props {
  readonly report: PendingReport;
  readonly lookup: Lookup;
  readonly refreshing: boolean;
  readonly onRefresh: () => void;
  readonly identity?: IdentityProblem;
  readonly onConfirmIdentity?: (responseId: string) => void;
  /** The invite this panel just sent for this report: its status and, for "Get a link", the link. */
  readonly sentInvite?: { readonly status: string; readonly link?: string };
}

/** An invite exists but the interview is not completed. */
export function PendingState({ report, lookup, refreshing, onRefresh, identity, onConfirmIdentity, sentInvite }: Props) {
  const status = report.invite_status.trim() || t('statusUnknown');
  return (
    <>
      <IdentityWarning problem={identity} onConfirm={onConfirmIdentity && (() => onConfirmIdentity(report.response_id))} />
      <CandidateHeader name={report.candidate_name} email={report.candidate_email} interview={report.ai_interview_name} lookup={lookup} />
      {sentInvite && <InviteSent status={sentInvite.status} link={sentInvite.link} />}
      <section class="card notice" aria-labelledby="status-title">
        <h2 id="status-title">{t('notCompletedTitle')}</h2>
        <p class="status-line">
          <strong class="status">{status}</strong>
          {': '}
          {statusMeaning(status)}
        </p>
        <p class="muted">{t('pendingNext')}</p>
        <div class="action-row">
          <RefreshControl refreshing={refreshing} onRefresh={onRefresh} label={t('checkAgain')} />
        </div>
      </section>
    </>
  );
}
