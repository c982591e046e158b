import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { EXPIRY_MARGIN_MS, reportLinksExpiry } from '../../utils/api/link-expiry';
import { t } from '../../utils/i18n';
import type { PanelView } from '../../utils/panel/view';
import { sendToBackground } from '../../utils/send';
import type { Lookup } from '../../utils/tab-state';
import type { PanelData } from './usePanel';

/** `?responseId=N`: the panel page opened as a full-width tab on one report. */
export function pinnedResponseId(search: string): string | undefined {
  const raw = new URLSearchParams(search).get('responseId');
  return raw && /^\d{1,15}$/.test(raw) ? raw : undefined;
}

/** One report by response id, asked of the worker (its cache, else the API). */
export function useReportById(responseId: string): PanelData {
  const [view, setView] = useState<PanelView>({ kind: 'loading' });
  // 0 = first load (the cache may answer); every Refresh after it goes past the cache: signed PDF and
  // recording links expire, and a Refresh that re-reads the cache would hand back the dead ones.
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    let renew: ReturnType<typeof setTimeout> | undefined;
    const lookup: Lookup = { by: 'response_id', value: responseId, source: t('sourceLink') };
    setView({ kind: 'loading' });
    sendToBackground({ type: 'report:get', responseId, force: attempt > 0 }).then(
      (answer) => {
        if (!live) return;
        if (!answer) setView({ kind: 'error', error: { kind: 'offline' }, tried: [] });
        else if (!answer.ok) setView({ kind: 'error', error: answer.error, tried: [lookup] });
        else if (answer.report.status === 'pending') setView({ kind: 'pending', report: answer.report, lookup, refreshing: false });
        else setView({ kind: 'report', report: answer.report, lookup, refreshing: false });
        // A page left open past its links' expiry fetches fresh ones shortly before they die.
        const expiry = answer?.ok ? reportLinksExpiry(answer.report) : undefined;
        if (expiry !== undefined) renew = setTimeout(() => setAttempt((count) => count + 1), Math.max(60_000, expiry - EXPIRY_MARGIN_MS - Date.now()));
      },
      () => live && setView({ kind: 'error', error: { kind: 'offline' }, tried: [] }),
    );
    return () => {
      live = false;
      clearTimeout(renew);
    };
  }, [responseId, attempt]);

  const refresh = useCallback(() => setAttempt((count) => count + 1), []);
  const openSettings = useCallback(() => {
    try {
      void browser.runtime.openOptionsPage().catch(() => undefined);
    } catch {
      // No options page in this context.
    }
  }, []);
  return { view, refresh, openSettings };
}

/** Opens the report at full width in a new tab; the URL names the response, so it can be shared. */
export function openReportInTab(responseId: string): void {
  const url = browser.runtime.getURL(`/sidepanel.html?responseId=${encodeURIComponent(responseId)}` as '/sidepanel.html');
  void Promise.resolve(browser.tabs.create({ url })).catch(() => undefined);
}
