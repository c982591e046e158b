import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { adapterById, adapters } from '../../utils/ats';
import { t, tParts } from '../../utils/i18n';
import { buildLookups, idLabel } from '../../utils/lookups';
import { checkTemplates } from '../../utils/rules';
import { NO_POLICY, noteOverride, templatesField, templatesInForce, type PolicyView } from '../../utils/policy';
import { lastDetectionItem, policyOverridesItem, templatesItem } from '../../utils/storage';
import { AlertMessage } from './FieldMessages';
import { PolicyNote } from './PolicyNote';
import { useStored } from '../hooks/useStoredValue';
import './sections.css';

/** Per ATS: which ids to try, in which form, in which order; with a preview for the last page seen. */
export function LookupTemplates({ policy = NO_POLICY }: { readonly policy?: PolicyView }) {
  const saved = useStored(templatesItem);
  const overrides = useStored(policyOverridesItem);
  const last = useStored(lastDetectionItem);
  const [atsId, setAtsId] = useState(adapters[0]!.id);
  const [text, setText] = useState('');
  const [status, setStatus] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const adapter = adapterById(atsId)!;
  const keys = Object.keys(adapter.idLabels);
  // The worker's rule (utils/policy.ts): locked, the organisation's templates (or the built-in ones)
  // for every ATS; unlocked, theirs until the recruiter saves their own.
  const locked = policy.locked.includes('lookupTemplates');
  const policyLines = policy.lookupTemplates?.[atsId];
  const inForce = templatesInForce(
    { policy: policyLines, locked, local: saved?.[atsId], override: overrides?.[templatesField(atsId)] },
    adapter.defaultTemplates,
  );

  useEffect(() => {
    if (last && adapterById(last.ats)) setAtsId(last.ats);
  }, [last?.ats]);
  // Show the saved templates when the ATS changes or they first load, but never overwrite what the
  // recruiter is typing for this ATS.
  const edited = useRef<string | null>(null);
  const loaded = saved !== undefined;
  useEffect(() => {
    if (edited.current === atsId) return;
    setText(inForce.value.join('\n'));
    setStatus(null);
  }, [atsId, loaded, JSON.stringify(inForce.value)]);

  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const problem = checkTemplates(lines, keys);
  const preview = last?.ats === atsId && !problem ? buildLookups({ ...last, ats: atsId }, adapter, lines) : undefined;

  async function save(event: Event) {
    event.preventDefault();
    if (locked) return;
    if (problem) return setStatus({ tone: 'error', text: problem });
    await templatesItem.setValue({ ...saved, [atsId]: lines });
    await noteOverride(templatesField(atsId), policyLines, lines);
    setStatus({ tone: 'ok', text: t('templatesSaved', adapter.name) });
  }
  async function reset() {
    const { [atsId]: _dropped, ...rest } = saved ?? {};
    if (locked) return;
    edited.current = null;
    setText((policyLines ?? adapter.defaultTemplates).join('\n'));
    await templatesItem.setValue(rest);
    // "Defaults" are the organisation's templates where it suggests some.
    await noteOverride(templatesField(atsId), policyLines, policyLines);
    setStatus({ tone: 'ok', text: t('templatesWereReset', adapter.name) });
  }

  return (
    <section class="card" aria-labelledby="templates-title">
      <h2 id="templates-title">{t('templatesTitle')}</h2>
      <p class="hint">{tParts('templatesIntro', <code key="field">custom_field_id</code>)}</p>
      <form onSubmit={save} class="stack">
        <label class="field">
          <span class="label">{t('templatesAts')}</span>
          <select
            value={atsId}
            onChange={(event) => {
              edited.current = null;
              setAtsId((event.currentTarget as HTMLSelectElement).value);
            }}
          >
            {adapters.map((item) => (
              <option value={item.id} key={item.id}>
                {item.name}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span class="label">{t('templatesLabel')}</span>
          <textarea
            rows={3}
            value={text}
            spellcheck={false}
            disabled={locked}
            aria-invalid={problem ? 'true' : undefined}
            aria-describedby={`templates-ids templates-problem${locked || inForce.source === 'policy' ? ' templates-policy' : ''}`}
            onInput={(event) => {
              edited.current = atsId;
              setText((event.currentTarget as HTMLTextAreaElement).value);
            }}
          />
        </label>
        <PolicyNote id="templates-policy" source={inForce.source} locked={locked} />
        <p id="templates-ids" class="hint">
          {tParts<ComponentChildren>(
            'templatesIds',
            adapter.name,
            keys.map((key, index) => (
              <span key={key}>
                {index > 0 ? ', ' : ''}
                <code>{`{${key}}`}</code> ({idLabel(adapter, key)})
              </span>
            )),
            <code key="example">{`GH-{${keys[0]}}`}</code>,
          )}
        </p>
        <AlertMessage id="templates-problem" message={problem} />
        <div class="preview" aria-live="polite">
          <h3>{t('templatesPreview')}</h3>
          {preview ? (
            <>
              <p class="hint">{t('templatesPreviewFor', adapter.name, last!.url)}</p>
              <ol>
                {preview.map((lookup) => (
                  <li key={`${lookup.by}=${lookup.value}`}>
                    <code>
                      {lookup.by} {lookup.value}
                    </code>{' '}
                    {t('fromSource', lookup.source)}
                  </li>
                ))}
              </ol>
            </>
          ) : (
            <p class="hint">{t('templatesPreviewNone', adapter.name)}</p>
          )}
        </div>
        <div class="actions">
          <button type="submit" class="primary" disabled={locked}>
            {t('templatesSave')}
          </button>
          <button type="button" class="secondary" onClick={reset} disabled={locked}>
            {t('templatesReset')}
          </button>
          <span role="status" class={status ? `status ${status.tone}` : 'status'}>
            {status?.text ?? ''}
          </span>
        </div>
      </form>
    </section>
  );
}
