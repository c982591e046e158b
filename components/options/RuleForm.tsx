import { useState } from 'preact/hooks';
import { AlertMessage, FieldMessages } from './FieldMessages';

const FIELDS = [
  { name: 'name', label: 'Name', placeholder: 'Our Workday', hint: '' },
  { name: 'host', label: 'Host', placeholder: 'acme.wd5.myworkday.com', hint: 'Exact host, or *.example.com for every subdomain.' },
  { name: 'urlPattern', label: 'URL pattern', placeholder: '/candidates/(?<candidateId>\\d+)', hint: 'A regular expression over the page URL; name the id with (?<name>…).' },
  { name: 'selector', label: 'Or a CSS selector', placeholder: '[data-candidate-id]', hint: 'An element on the profile that holds the id; it is called {pageId}.' },
  { name: 'attribute', label: 'Attribute', placeholder: 'data-candidate-id', hint: 'Read this attribute of that element (empty: its text).' },
  { name: 'template', label: 'Template', placeholder: 'WD-{candidateId}', hint: 'How the id becomes the custom_field_id.' },
] as const;

/**
 * The "add a rule" form. `onAdd` validates, asks for access within the click, and returns an error.
 * Each field is label, then input, then hint, at the card's full width, like the connection form:
 * side by side, the values (hosts, patterns) had a third of the width and the hints wrapped beside them.
 */
export function RuleForm({ onAdd }: { onAdd: (input: Record<string, string>) => string | undefined }) {
  const [values, setValues] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | undefined>();

  function submit(event: Event) {
    event.preventDefault();
    const problem = onAdd(values);
    setError(problem);
    if (!problem) setValues({});
  }

  return (
    <form class="stack rule-form" onSubmit={submit} aria-labelledby="rule-form-title">
      <h3 id="rule-form-title">Add a rule</h3>
      {FIELDS.map((field) => (
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
          Add rule
        </button>
      </div>
    </form>
  );
}
