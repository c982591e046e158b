import { useState } from 'preact/hooks';
import type { InviteRequest } from '../../utils/api/actions';
import type { ApiError } from '../../utils/api/errors';
import { t, type MessageKey } from '../../utils/i18n';
import type { InviteAnswer, InviteRefusal } from '../../utils/messages';
import type { AiInterview } from '../../utils/panel/invite-form';
import { CopyButton } from '../CopyButton';
import { InviteForm } from './InviteForm';

export interface InviteOfferProps {
  readonly prefill: { readonly name?: string; readonly email?: string };
  readonly stamp?: { readonly value: string; readonly source: string };
  readonly interviews: readonly AiInterview[];
  readonly send: (request: InviteRequest) => Promise<InviteAnswer>;
  readonly onOpenSettings: () => void;
}

const REFUSED: Record<InviteRefusal, MessageKey> = {
  off: 'inviteRefusedOff',
  interview: 'inviteRefusedInterview',
  'not-here': 'inviteRefusedNotHere',
  exists: 'inviteRefusedExists',
};

/** "Invite to AI Interview" on a profile with no report: the button, then the form. */
export function InviteOffer({ prefill, stamp, interviews, send, onOpenSettings }: InviteOfferProps) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();
  const [refusal, setRefusal] = useState<string | undefined>();
  if (!open) {
    return (
      <div class="action-row">
        <button type="button" class="btn btn-primary" onClick={() => setOpen(true)}>
          {t('inviteOffer')}
        </button>
      </div>
    );
  }
  const submit = (request: InviteRequest) => {
    setBusy(true);
    setError(undefined);
    setRefusal(undefined);
    void send(request)
      .then((answer) => {
        if (answer.ok) return;
        if ('refused' in answer) setRefusal(t(REFUSED[answer.refused]));
        else setError(answer.error);
      })
      .catch(() => setError({ kind: 'offline' }))
      .finally(() => setBusy(false));
  };
  return (
    <InviteForm
      prefill={prefill}
      interviews={interviews}
      stamp={stamp}
      busy={busy}
      error={error}
      refusal={refusal}
      onSubmit={submit}
      onCancel={() => setOpen(false)}
      onOpenSettings={onOpenSettings}
    />
  );
}

/** After the invite: its status, and for "Get a link" the link to give the candidate. Panel memory only. */
export function InviteSent({ status, link }: { readonly status: string; readonly link?: string }) {
  return (
    <section class="card notice" role="status" aria-labelledby="invite-sent-title">
      <h2 id="invite-sent-title">{t('inviteSentTitle')}</h2>
      <p>{t('inviteSentStatus', status)}</p>
      {link && <InviteLink link={link} />}
    </section>
  );
}

function InviteLink({ link }: { link: string }) {
  return (
    <div class="invite-link">
      <a class="link" href={link} target="_blank" rel="noopener noreferrer">
        {link}
      </a>
      <CopyButton text={link} label={t('inviteCopyLink')} />
    </div>
  );
}
