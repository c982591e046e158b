import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t, tCount } from '../../utils/i18n';
import { checkRule, checkRuleList, readableRules, rulePattern, type CustomRule } from '../../utils/rules';
import { mergeRules, NO_POLICY, type PolicyView } from '../../utils/policy';
import type { DraftFields } from '../../utils/rule-draft';
import { customRulesItem } from '../../utils/storage';
import { PolicyNote } from './PolicyNote';
import { RuleForm } from './RuleForm';
import { useStored } from '../hooks/useStoredValue';
import './sections.css';

type Status = { tone: 'ok' | 'error'; text: string } | null;

/** Writes start from what is stored now, not from what this page rendered: nothing saved is lost. */
async function storedRules(): Promise<CustomRule[]> {
  return readableRules(await customRulesItem.getValue()).rules;
}

/** Must run inside the click: browsers show the permission prompt only during a user gesture. */
function askAccess(rule: Pick<CustomRule, 'host'>): Promise<boolean> {
  try {
    return browser.permissions.request({ origins: [rulePattern(rule)] }).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}

/** Rules for ATSs the extension does not ship: add, check access, remove, export and import. */
export function CustomRules({ policy = NO_POLICY, draft }: { readonly policy?: PolicyView; readonly draft?: DraftFields }) {
  const stored = useStored(customRulesItem);
  const { rules: ownStored, skipped } = readableRules(stored ?? []);
  // The rules in force, merged by the worker's rule (utils/policy.ts mergeRules): the organisation's
  // rules first, then, unless the organisation locked the rules, the recruiter's own.
  const locked = policy.locked.includes('customRules');
  const orgRules = policy.customRules ?? [];
  const orgIds = new Set(orgRules.map((rule) => rule.id));
  const rules = mergeRules(policy.customRules, ownStored, locked).value;
  const ownRules = rules.slice(orgRules.length);
  const [access, setAccess] = useState<Record<string, boolean>>({});
  const [status, setStatus] = useState<Status>(null);

  useEffect(() => {
    void Promise.all(
      rules.map(async (rule) => [rule.host, await browser.permissions.contains({ origins: [rulePattern(rule)] }).catch(() => false)] as const),
    ).then((entries) => setAccess(Object.fromEntries(entries)));
  }, [stored, policy.customRules]);

  function add(input: Record<string, string>): string | undefined {
    const result = checkRule(input);
    if (!result.ok) return result.message;
    const granted = askAccess(result.rule);
    // Saved: a reload must not offer the same draft again.
    if (draft && location.hash.startsWith('#rule=')) history.replaceState(null, '', `${location.pathname}${location.search}`);
    void granted.then(async (ok) => {
      const current = await storedRules();
      await customRulesItem.setValue([...current.filter((rule) => rule.id !== result.rule.id), result.rule]);
      setStatus(
        ok ? { tone: 'ok', text: t('ruleSaved', result.rule.name, result.rule.host) } : { tone: 'error', text: t('ruleSavedNoAccess', result.rule.host) },
      );
    });
    return undefined;
  }

  async function remove(id: string) {
    await customRulesItem.setValue((await storedRules()).filter((rule) => rule.id !== id));
    setStatus({ tone: 'ok', text: t('ruleRemoved') });
  }

  function allow(rule: CustomRule) {
    void askAccess(rule).then((ok) => {
      setAccess((prev) => ({ ...prev, [rule.host]: ok }));
      if (ok) void storedRules().then((current) => customRulesItem.setValue(current)); // re-registers the detector there
    });
  }

  function exportRules() {
    const blob = new Blob([JSON.stringify({ rules: ownRules }, null, 2)], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = 'xobin-ats-rules.json';
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  }

  async function importRules(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(await file.text());
    } catch {
      return setStatus({ tone: 'error', text: t('rulesNotJson', file.name) });
    }
    const list = checkRuleList(parsed);
    if (!list.ok) return setStatus({ tone: 'error', text: t('rulesNotImported', list.message) });
    const ids = new Set(list.rules.map((rule) => rule.id));
    const current = await storedRules();
    await customRulesItem.setValue([...current.filter((rule) => !ids.has(rule.id)), ...list.rules]);
    setStatus({ tone: 'ok', text: tCount('rulesImportedOne', 'rulesImportedOther', list.rules.length) });
  }

  return (
    <section class="card" aria-labelledby="rules-title">
      <h2 id="rules-title">{t('rulesTitle')}</h2>
      <p class="hint">{t('rulesIntro')}</p>
      {rules.length > 0 ? (
        <ul class="rules">
          {rules.map((rule) => (
            <li key={rule.id} class="rule">
              <div>
                <strong>{rule.name}</strong> · <code>{rule.host}</code>
                <div class="hint">
                  {rule.urlPattern ? (
                    <>
                      {t('ruleUrl')} <code>{rule.urlPattern}</code>{' '}
                    </>
                  ) : null}
                  {rule.selector ? (
                    <>
                      {t('rulePage')}{' '}
                      <code>
                        {rule.selector}
                        {rule.attribute ? ` [${rule.attribute}]` : ''}
                      </code>{' '}
                    </>
                  ) : null}
                  → <code>{rule.template}</code>
                </div>
              </div>
              <div class="actions">
                {access[rule.host] === false ? (
                  <button type="button" class="secondary" onClick={() => allow(rule)}>
                    {t('ruleAllow', rule.host)}
                  </button>
                ) : (
                  <span class="hint">{access[rule.host] ? t('ruleActive') : ''}</span>
                )}
                {orgIds.has(rule.id) ? (
                  <span class="hint">{t('policyRuleFromOrg')}</span>
                ) : (
                  <button type="button" class="secondary" onClick={() => void remove(rule.id)} aria-label={t('ruleRemoveLabel', rule.name)}>
                    {t('ruleRemove')}
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <p class="hint">{t('rulesNone')}</p>
      )}
      {skipped.map((problem) => (
        <p key={problem} class="field-error">
          {t('ruleTurnedOff', problem)}
        </p>
      ))}
      {locked ? <p class="hint">{t('policyRulesLocked')}</p> : <RuleForm onAdd={add} draft={draft} />}
      <PolicyNote id="rules-policy" source={orgRules.length ? 'policy' : 'local'} locked={locked} />
      <div class="actions">
        <button type="button" class="secondary" onClick={exportRules} disabled={ownRules.length === 0}>
          {t('rulesExport')}
        </button>
        {!locked && (
          <label class="file-button">
            {t('rulesImport')}
            <input type="file" accept="application/json,.json" class="visually-hidden" onChange={importRules} />
          </label>
        )}
        <span role="status" class={status ? `status ${status.tone}` : 'status'}>
          {status?.text ?? ''}
        </span>
      </div>
    </section>
  );
}
