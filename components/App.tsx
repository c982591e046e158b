import { useEffect } from 'preact/hooks';
import { t, uiLocale } from '../utils/i18n';
import { useActions } from './hooks/useActions';
import { usePanel } from './hooks/usePanel';
import { openReportInTab, pinnedResponseId, useReportById } from './hooks/useReportById';
import { isComparePage } from '../utils/compare/compare-set';
import { LazyCompare } from './compare/LazyCompare';
import { Panel } from './Panel';
import './panel.css';

function SidePanel() {
  const { view, refresh, openSettings, lookup, diagnostics, confirmIdentity, invite, sentInvite, share } = usePanel();
  const actions = useActions();
  const onShare = (responseId: string, hours: number) =>
    share!(responseId, hours).then((answer) =>
      'refused' in answer ? { ok: false as const, error: { kind: 'rejected' as const, detail: t('shareRefusedOff') } } : answer,
    );
  return (
    <Panel
      view={view}
      onRefresh={refresh}
      onOpenSettings={openSettings}
      onOpenInTab={openReportInTab}
      onLookup={lookup}
      diagnostics={diagnostics}
      onConfirmIdentity={confirmIdentity}
      invite={invite && actions.allowInvites ? { ...invite, interviews: actions.aiInterviews, onOpenSettings: openSettings } : undefined}
      sentInvite={sentInvite}
      onShare={actions.allowShare && share ? onShare : undefined}
    />
  );
}

function ReportTab({ responseId }: { responseId: string }) {
  const { view, refresh, openSettings } = useReportById(responseId);
  return <Panel view={view} onRefresh={refresh} onOpenSettings={openSettings} wide />;
}

/**
 * The side panel: the report for the active tab of this window (`?tabId=N` pins a tab). With
 * `?responseId=N` the same page shows one report at full width, for "Open in tab" and shared links;
 * with `?compare` it compares the candidates of the stored compare set side by side.
 */
export function App() {
  const responseId = pinnedResponseId(location.search);
  useEffect(() => {
    document.documentElement.lang = uiLocale();
    document.documentElement.dir = t('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
    document.title = t('panelTitle');
  }, []);
  if (isComparePage(location.search)) return <LazyCompare />;
  return responseId ? <ReportTab responseId={responseId} /> : <SidePanel />;
}
