import { useEffect } from 'preact/hooks';
import { t, uiLocale } from '../utils/i18n';
import { usePanel } from './hooks/usePanel';
import { Panel } from './Panel';
import './panel.css';

/** The side panel: the report for the active tab of this window (or `?tabId=N`). */
export function App() {
  const { view, refresh, openSettings } = usePanel();
  useEffect(() => {
    document.documentElement.lang = uiLocale();
    document.documentElement.dir = t('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
    document.title = t('panelTitle');
  }, []);
  return <Panel view={view} onRefresh={refresh} onOpenSettings={openSettings} />;
}
