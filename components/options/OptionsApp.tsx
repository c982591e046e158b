import { useEffect, useMemo, useState } from 'preact/hooks';
import { adapters } from '../../utils/ats';
import { t, uiLocale } from '../../utils/i18n';
import { readDraft } from '../../utils/rule-draft';
import { AiInterviews } from './AiInterviews';
import { CustomRules } from './CustomRules';
import { PolicyProblems } from './PolicyProblems';
import { usePolicy } from './use-policy';
import { KeyHelp } from './KeyHelp';
import { LookupTemplates } from './LookupTemplates';
import { Preferences } from './Preferences';
import { SettingsForm } from './SettingsForm';
import { SupportedAts } from './SupportedAts';
import { WatchedList } from './WatchedList';
import { isWelcome, UpdateNote, Welcome } from './Welcome';
import { YourData } from './YourData';
import './options.css';

const ATS_NAMES = adapters.map((adapter) => adapter.name);

/** `hash`: `#rule=<JSON>` from the panel's "Why no report?" fills the rule form (checked, not trusted). */
export function OptionsApp({ search = location.search, hash = location.hash }: { readonly search?: string; readonly hash?: string }) {
  const policy = usePolicy();
  const draft = useMemo(() => readDraft(hash), [hash]);
  // Bumped by "Remove API key", so the connection form stops saying a key is saved.
  const [keyRemovals, setKeyRemovals] = useState(0);
  useEffect(() => {
    document.documentElement.lang = uiLocale();
    document.title = t('optionsTitle');
  }, []);
  return (
    <div class="page">
      <header class="masthead">
        <img src="/icon/48.png" width={40} height={40} alt="" />
        <div>
          <h1>{t('optionsHeading')}</h1>
          <p class="lede">{t('optionsLede')}</p>
          <UpdateNote />
        </div>
      </header>
      <main>
        {isWelcome(search) && <Welcome names={ATS_NAMES} />}
        <PolicyProblems problems={policy.problems} />
        <section class="card" aria-labelledby="connection-title">
          <h2 id="connection-title">{t('connectTitle')}</h2>
          <p class="hint">{t('connectHint')}</p>
          <SettingsForm policy={policy} keyRemovals={keyRemovals} />
        </section>
        <KeyHelp />
        <Preferences policy={policy} />
        <AiInterviews policy={policy} />
        <WatchedList />
        <LookupTemplates policy={policy} />
        <SupportedAts names={ATS_NAMES} />
        <CustomRules policy={policy} draft={draft} />
        <YourData onKeyRemoved={() => setKeyRemovals((count) => count + 1)} />
      </main>
    </div>
  );
}
