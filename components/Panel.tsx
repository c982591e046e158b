import type { Diagnostics } from '../utils/panel/diagnostics';
import type { PanelView } from '../utils/panel/view';
import type { Share } from '../utils/api/actions';
import type { CallResult } from '../utils/api/client';
import { Announcer } from './Announcer';
import type { InviteOfferProps } from './invite/InviteOffer';
import { ReportView } from './report/ReportView';
import { EmptyState } from './states/EmptyState';
import { ErrorState } from './states/ErrorState';
import { LoadingState } from './states/LoadingState';
import { PausedState } from './states/PausedState';
import { PendingState } from './states/PendingState';

interface Props {
  readonly view: PanelView;
  readonly onRefresh: () => void;
  readonly onOpenSettings: () => void;
  /** Offered in the side panel only; the full-width page is already "in a tab". */
  readonly onOpenInTab?: (responseId: string) => void;
  /** The recruiter confirms that the flagged report is this candidate's (side panel only). */
  readonly onConfirmIdentity?: (responseId: string) => void;
  /** Look up a report by hand for the followed tab (side panel only). */
  readonly onLookup?: (query: string) => void;
  /** Full-width layout for the report opened in its own tab. */
  readonly wide?: boolean;
  /** "Why no report?" for the followed tab (side panel only). */
  readonly diagnostics?: Diagnostics;
  /** "Invite to AI Interview" on a profile with no report (side panel only, when allowed). */
  readonly invite?: InviteOfferProps;
  /** The invite this panel just sent for the tab's candidate. */
  readonly sentInvite?: { readonly responseId: string; readonly status: string; readonly link?: string };
  /** "Share link" on a completed report (when allowed). */
  readonly onShare?: (responseId: string, hours: number) => Promise<CallResult<Share>>;
}

function Content({ view, onRefresh, onOpenSettings, onOpenInTab, onLookup, diagnostics, onConfirmIdentity, invite, sentInvite, onShare }: Props) {
  switch (view.kind) {
    case 'loading':
      return <LoadingState />;
    case 'empty':
      return <EmptyState onLookup={onLookup} diagnostics={diagnostics} />;
    case 'error':
      return (
        <ErrorState
          error={view.error}
          tried={view.tried}
          onRetry={onRefresh}
          onOpenSettings={onOpenSettings}
          onLookup={onLookup}
          diagnostics={diagnostics}
          invite={invite}
        />
      );
    case 'pending':
      return (
        <PendingState
          report={view.report}
          lookup={view.lookup}
          refreshing={view.refreshing}
          onRefresh={onRefresh}
          identity={view.identity}
          onConfirmIdentity={onConfirmIdentity}
          sentInvite={sentInvite?.responseId === view.report.response_id ? sentInvite : undefined}
        />
      );
    case 'paused':
      return <PausedState resumeAt={view.resumeAt} scope={view.scope} onLookUpNow={onRefresh} />;
    case 'report':
      return (
        <ReportView
          report={view.report}
          lookup={view.lookup}
          refreshing={view.refreshing}
          onRefresh={onRefresh}
          onOpenInTab={onOpenInTab}
          identity={view.identity}
          onConfirmIdentity={onConfirmIdentity}
          transcriptPending={view.transcriptPending}
          onShare={onShare}
        />
      );
  }
}

/** The panel root. `data-state` and `data-error-kind` are a contract with the end-to-end tests. */
export function Panel(props: Props) {
  const { view } = props;
  return (
    <main
      class={props.wide ? 'panel panel-wide' : 'panel'}
      data-state={view.kind}
      data-error-kind={view.kind === 'error' ? view.error.kind : undefined}
      aria-busy={view.kind === 'loading' ? 'true' : undefined}
    >
      <Announcer>
        <Content {...props} />
      </Announcer>
    </main>
  );
}
