import type { Diagnostics } from '../utils/panel/diagnostics';
import type { PanelView } from '../utils/panel/view';
import { Announcer } from './Announcer';
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
}

function Content({ view, onRefresh, onOpenSettings, onOpenInTab, onLookup, diagnostics, onConfirmIdentity }: Props) {
  switch (view.kind) {
    case 'loading':
      return <LoadingState />;
    case 'empty':
      return <EmptyState onLookup={onLookup} diagnostics={diagnostics} />;
    case 'error':
      return (
        <ErrorState error={view.error} tried={view.tried} onRetry={onRefresh} onOpenSettings={onOpenSettings} onLookup={onLookup} diagnostics={diagnostics} />
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
