import { useState } from 'preact/hooks';
import { adapters } from '../../utils/ats';
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

export function OptionsApp({ search = location.search }: { readonly search?: string }) {
  const policy = usePolicy();
  // Bumped by "Remove API key", so the connection form stops saying a key is saved.
  const [keyRemovals, setKeyRemovals] = useState(0);
  return (
    <div class="page">
      <header class="masthead">
        <img src="/icon/48.png" width={40} height={40} alt="" />
        <div>
          <h1>Xobin AI Interview</h1>
          <p class="lede">See a candidate's AI Interview report next to their profile in your ATS.</p>
          <UpdateNote />
        </div>
      </header>
      <main>
        {isWelcome(search) && <Welcome names={ATS_NAMES} />}
        <PolicyProblems problems={policy.problems} />
        <section class="card" aria-labelledby="connection-title">
          <h2 id="connection-title">Connect to Xobin</h2>
          <p class="hint">Changes apply as soon as you save; there is no need to reload anything.</p>
          <SettingsForm policy={policy} keyRemovals={keyRemovals} />
        </section>
        <KeyHelp />
        <Preferences policy={policy} />
        <WatchedList />
        <LookupTemplates policy={policy} />
        <SupportedAts names={ATS_NAMES} />
        <CustomRules policy={policy} />
        <YourData onKeyRemoved={() => setKeyRemovals((count) => count + 1)} />
      </main>
    </div>
  );
}
