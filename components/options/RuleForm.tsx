import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { DraftFields } from '../../utils/rule-draft';
import { AlertMessage, FieldMessages } from './FieldMessages';

/** Read at render: the words come from the catalogue; placeholders are examples of what to type. */
function fields() {
  return [
    { name: 'name', label: t('ruleFieldName'), placeholder: t('ruleFieldNamePlaceholder'), hint: '' },
    { name: 'host', label: t('ruleFieldHost'), placeholder: 'acme.wd5.myworkday.com', hint: t('ruleFieldHostHint') },
    { name: 'urlPattern', label: t('ruleFieldUrlPattern'), placeholder: '/candidates/(?<candidateId>\\d+)', hint: t('ruleFieldUrlPatternHint') },
    { name: 'selector', label: t('ruleFieldSelector'), placeholder: '[data-candidate-id]', hint: t('ruleFieldSelectorHint') },
    { name: 'attribute', label: t('ruleFieldAttribute'), placeholder: 'data-candidate-id', hint: t('ruleFieldAttributeHint') },
    { name: 'template', label: t('ruleFieldTemplate'), placeholder: 'WD-{candidateId}', hint: t('ruleFieldTemplateHint') },
  ];
}

/**
 * The "add a rule" form. `onAdd` validates, asks for access within the click, and returns an error.
 * Each field is label, then input, then hint, at the card's full width, like the connection form:
 * side by side, the values (hosts, patterns) had a third of the width and the hints wrapped beside them.
 */
export function RuleForm({ onAdd, draft }: { onAdd: (input: Record<string, string>) => string | undefined; draft?: DraftFields }) {
  const [values, setValues] = useState<Record<string, string>>(draft?.values ?? {});
  const [error, setError] = useState<string | undefined>(draft?.problem);
  const form = useRef<HTMLFormElement>(null);
  // A rule drafted in the side panel: the recruiter lands on it, on its first field, to check it.
  useEffect(() => {
    if (!draft) return;
    form.current?.scrollIntoView?.({ block: 'start' });
    form.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, [draft]);

  function submit(event: Event) {
    event.preventDefault();
    const problem = onAdd(values);
    setError(problem);
    if (!problem) setValues({});
  }

  return (
    <form ref={form} class="stack rule-form" onSubmit={submit} aria-labelledby="rule-form-title">
      <h3 id="rule-form-title">{t('ruleFormTitle')}</h3>
      {draft && <p class="hint">{t('whyRuleDraft')}</p>}
      {fields().map((field) => (
        <div class="field" key={field.name}>
          <label class="label" for={`rule-${field.name}`}>
            {field.label}
          </label>
          <input
            id={`rule-${field.name}`}
            type="text"
            name={field.name}
            aria-describedby={field.hint ? `rule-${field.name}-hint` : undefined}
            spellcheck={false}
            placeholder={field.placeholder}
            value={values[field.name] ?? ''}
            onInput={(event) => setValues({ ...values, [field.name]: (event.currentTarget as HTMLInputElement).value })}
          />
          <FieldMessages id={`rule-${field.name}`} hint={field.hint} />
        </div>
      ))}
      <AlertMessage id="rule-form-problem" message={error} />
      <div class="actions">
        <button type="submit" class="primary">
          {t('ruleAdd')}
        </button>
      </div>
    </form>
  );
}
