import { useEffect } from 'preact/hooks';
import { adapters } from '../../utils/ats';
import { t, uiLocale } from '../../utils/i18n';
import { CustomRules } from './CustomRules';
import { KeyHelp } from './KeyHelp';
import { LookupTemplates } from './LookupTemplates';
import { Preferences } from './Preferences';
import { SettingsForm } from './SettingsForm';
import { SupportedAts } from './SupportedAts';
import './options.css';

const ATS_NAMES = adapters.map((adapter) => adapter.name);

export function OptionsApp() {
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
        </div>
      </header>
      <main>
        <section class="card" aria-labelledby="connection-title">
          <h2 id="connection-title">{t('connectTitle')}</h2>
          <p class="hint">{t('connectHint')}</p>
          <SettingsForm />
        </section>
        <KeyHelp />
        <Preferences />
        <LookupTemplates />
        <SupportedAts names={ATS_NAMES} />
        <CustomRules />
      </main>
    </div>
  );
}
