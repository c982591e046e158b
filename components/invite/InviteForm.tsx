import './invite.css';
import { useRef, useState } from 'preact/hooks';
import { ERROR_KEYS, type ApiError } from '../../utils/api/errors';
import { t, type MessageKey } from '../../utils/i18n';
import { initialValues, problems, toRequest, type AiInterview, type InviteField, type InviteProblem, type InviteValues } from '../../utils/panel/invite-form';
import type { InviteRequest } from '../../utils/api/actions';

interface Props {
  /** Read from the profile; the recruiter may change both. */
  readonly prefill: { readonly name?: string; readonly email?: string };
  readonly interviews: readonly AiInterview[];
  /** The id stamped on the invite (the profile's first lookup) and where it came from. */
  readonly stamp?: { readonly value: string; readonly source: string };
  /** True from the click until the worker answered: the form sends one invite, however often it is clicked. */
  readonly busy: boolean;
  readonly error?: ApiError;
  /** Why the worker would not send it (the organisation turned inviting off, a report already exists, ...). */
  readonly refusal?: string;
  readonly onSubmit: (request: InviteRequest) => void;
  readonly onCancel: () => void;
  readonly onOpenSettings: () => void;
}

const PROBLEM_TEXT: Record<InviteProblem, MessageKey> = {
  required: 'inviteProblemRequired',
  email: 'inviteProblemEmail',
  date: 'inviteProblemDate',
  'expiry-before-start': 'inviteProblemExpiryBeforeStart',
  'expiry-past': 'inviteProblemExpiryPast',
};

/** "Invite to AI Interview": prefilled from the profile, the ATS id stamped so this page finds the report later. */
export function InviteForm({ prefill, interviews, stamp, busy, error, refusal, onSubmit, onCancel, onOpenSettings }: Props) {
  const [values, setValues] = useState<InviteValues>(() => initialValues(prefill, interviews));
  const [shown, setShown] = useState<Partial<Record<InviteField, InviteProblem>>>({});
  // A second click lands before the parent re-renders with busy: this stops it. The form opens again
  // once the parent's busy has come and gone (the worker answered).
  const sent = useRef(false);
  const wasBusy = useRef(busy);
  if (wasBusy.current && !busy) sent.current = false;
  wasBusy.current = busy;
  const set = (field: keyof InviteValues) => (event: { currentTarget: { value: string } }) => setValues({ ...values, [field]: event.currentTarget.value });

  const submit = (event: Event) => {
    event.preventDefault();
    if (busy || sent.current) return;
    const found = problems(values, interviews);
    setShown(found);
    if (Object.keys(found).length) return;
    sent.current = true;
    onSubmit(toRequest(values, stamp?.value));
  };

  const field = (name: InviteField) => ({
    id: `invite-${name}`,
    'aria-invalid': shown[name] ? ('true' as const) : undefined,
    'aria-describedby': shown[name] ? `invite-${name}-problem` : undefined,
  });
  const problem = (name: InviteField) =>
    shown[name] && (
      <p id={`invite-${name}-problem`} class="field-problem">
        {t(PROBLEM_TEXT[shown[name]!])}
      </p>
    );

  return (
    <section class="card invite" aria-labelledby="invite-title">
      <h1 id="invite-title">{t('inviteTitle')}</h1>
      <form onSubmit={submit} noValidate>
        <label for="invite-name">{t('inviteName')}</label>
        <input {...field('name')} class="input" value={values.name} onInput={set('name')} maxLength={200} autocomplete="off" />
        {problem('name')}
        <label for="invite-email">{t('inviteEmail')}</label>
        <input
          {...field('email')}
          class="input"
          type="email"
          value={values.email}
          onInput={set('email')}
          maxLength={254}
          autocomplete="off"
          spellcheck={false}
        />
        {problem('email')}
        <label for="invite-interview">{t('inviteInterview')}</label>
        {interviews.length ? (
          <select {...field('interview')} class="input" value={values.interview} onChange={set('interview')}>
            {interviews.length > 1 && <option value="">{t('inviteChoose')}</option>}
            {interviews.map((interview) => (
              <option key={interview.id} value={String(interview.id)}>
                {interview.name}
              </option>
            ))}
          </select>
        ) : (
          <p class="field-problem">
            {t('inviteNoInterviews')}{' '}
            <button type="button" class="link-button" onClick={onOpenSettings}>
              {t('openSettings')}
            </button>
          </p>
        )}
        {interviews.length > 0 && problem('interview')}
        <div class="invite-dates">
          <div>
            <label for="invite-start">{t('inviteStart')}</label>
            <input {...field('start')} class="input" type="datetime-local" value={values.start} onInput={set('start')} />
            {problem('start')}
          </div>
          <div>
            <label for="invite-expiry">{t('inviteExpiry')}</label>
            <input {...field('expiry')} class="input" type="datetime-local" value={values.expiry} onInput={set('expiry')} />
            {problem('expiry')}
          </div>
        </div>
        <fieldset class="invite-format">
          <legend>{t('inviteDelivery')}</legend>
          {(['sendlink', 'getlink'] as const).map((format) => (
            <label key={format}>
              <input type="radio" name="invite-format" value={format} checked={values.format === format} onChange={() => setValues({ ...values, format })} />
              {t(format === 'sendlink' ? 'inviteSendLink' : 'inviteGetLink')}
            </label>
          ))}
        </fieldset>
        <p class="muted invite-stamp">{stamp ? t('inviteStamp', stamp.value, stamp.source) : t('inviteNoStamp')}</p>
        {error && <InviteError error={error} />}
        {refusal && (
          <div class="notice notice-error" role="alert">
            <p>{refusal}</p>
          </div>
        )}
        <div class="action-row">
          <button type="submit" class="btn btn-primary" disabled={busy || interviews.length === 0} aria-busy={busy ? 'true' : undefined}>
            {busy ? t('inviteSending') : t('inviteSend')}
          </button>
          <button type="button" class="btn" onClick={onCancel} disabled={busy}>
            {t('inviteCancel')}
          </button>
        </div>
      </form>
    </section>
  );
}

/** Why the invite did not go, in the API's words when it gave some, and what to do next. */
function InviteError({ error }: { error: ApiError }) {
  const [title, message, next] = (ERROR_KEYS[error.kind] ?? ERROR_KEYS.server).map((key) => t(key));
  return (
    <div class="notice notice-error" role="alert">
      <p>
        <strong>{title}</strong>
      </p>
      {/* A lost answer may still have created the invite: say so, never "nothing happened". */}
      <p>{error.kind === 'timeout' || error.kind === 'offline' || error.kind === 'server' ? t('inviteMaybeSent') : message}</p>
      {error.detail && <p class="detail">{t('apiSaid', error.detail)}</p>}
      {error.kind === 'rate-limited' && error.retryAfter !== undefined && <p>{t('retryAfter', error.retryAfter)}</p>}
      <p>{error.kind === 'timeout' || error.kind === 'offline' || error.kind === 'server' ? t('inviteMaybeSentNext') : next}</p>
    </div>
  );
}
