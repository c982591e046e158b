import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { NO_POLICY, noteOverride, type PolicyView } from '../../utils/policy';
import { aiInterviewsProblem } from '../../utils/settings-list';
import { aiInterviewsItem } from '../../utils/storage';
import { PolicyNote } from './PolicyNote';
import { useInForce } from './use-in-force';
import './sections.css';

/**
 * "AI interviews": the Xobin interviews the recruiter invites candidates to from a profile. Xobin
 * cannot list them, so each is named once here (or pushed by the organisation's policy).
 */
export function AiInterviews({ policy = NO_POLICY }: { readonly policy?: PolicyView }) {
  const list = useInForce('aiInterviews');
  const [name, setName] = useState('');
  const [id, setId] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const save = (next: { id: number; name: string }[]) => {
    const found = aiInterviewsProblem(next);
    setProblem(found);
    if (found) return false;
    void aiInterviewsItem.setValue(next).then(() => noteOverride('aiInterviews', policy.aiInterviews, next));
    return true;
  };
  const add = (event: Event) => {
    event.preventDefault();
    const number = Number(id.trim());
    if (!/^\d{1,15}$/.test(id.trim()) || number <= 0) return setProblem(t('aiInterviewsBadId'));
    if (save([...list.value, { id: number, name: name.trim() }])) {
      setName('');
      setId('');
    }
  };
  return (
    <section class="card" aria-labelledby="ai-interviews-title">
      <h2 id="ai-interviews-title">{t('aiInterviewsTitle')}</h2>
      <p class="hint">{t('aiInterviewsHint')}</p>
      <PolicyNote id="ai-interviews-policy" source={list.source} locked={list.locked} />
      {list.value.length > 0 ? (
        <ul class="plain-list" aria-describedby={list.source === 'policy' ? 'ai-interviews-policy' : undefined}>
          {list.value.map((interview) => (
            <li key={interview.id}>
              <span>
                {interview.name} <span class="muted">#{interview.id}</span>
              </span>{' '}
              {!list.locked && (
                <button
                  type="button"
                  class="btn btn-small"
                  aria-label={t('aiInterviewsRemove', interview.name)}
                  onClick={() => save(list.value.filter((other) => other.id !== interview.id))}
                >
                  {t('remove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{t('aiInterviewsNone')}</p>
      )}
      {!list.locked && (
        <form class="inline-form" onSubmit={add}>
          <div class="inline-field grow">
            <label for="ai-interview-name">{t('aiInterviewsName')}</label>
            <input id="ai-interview-name" class="input" value={name} maxLength={100} onInput={(event) => setName(event.currentTarget.value)} />
          </div>
          <div class="inline-field">
            <label for="ai-interview-id">{t('aiInterviewsId')}</label>
            <input
              id="ai-interview-id"
              class="input input-id"
              inputMode="numeric"
              value={id}
              maxLength={15}
              onInput={(event) => setId(event.currentTarget.value)}
            />
          </div>
          <button type="submit" class="btn" disabled={!name.trim() || !id.trim()}>
            {t('aiInterviewsAdd')}
          </button>
        </form>
      )}
      {problem && (
        <p class="field-error" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
