import { ERROR_KEYS, type ApiError, type ApiErrorKind } from '../../utils/api/errors';
import { t } from '../../utils/i18n';
import type { Diagnostics } from '../../utils/panel/diagnostics';
import type { Lookup } from '../../utils/tab-state';
import { WhyNoReport } from '../WhyNoReport';
import { InviteOffer, type InviteOfferProps } from '../invite/InviteOffer';
import { AllowAccessButton } from './AllowAccessButton';
import { ManualLookup } from './ManualLookup';

const SETTINGS_KINDS: ReadonlySet<ApiErrorKind> = new Set(['no-key', 'unauthorized']);
// Errors the page has nothing to do with (the key, the API's address): diagnosing the page won't help.
const NOT_THE_PAGE: ReadonlySet<ApiErrorKind> = new Set(['no-key', 'unauthorized', 'no-permission']);

interface Props {
  readonly error: ApiError;
  readonly tried: readonly Lookup[];
  readonly onRetry: () => void;
  readonly onOpenSettings: () => void;
  /** Offered when nothing was found, to try an id the profile does not show. */
  readonly onLookup?: (query: string) => void;
  readonly diagnostics?: Diagnostics;
  /** Offered when nothing was found on a profile: invite the candidate, stamped with the profile's id. */
  readonly invite?: InviteOfferProps;
}

/** What went wrong, in the API's words when it gave some, and the one thing to do next. */
export function ErrorState({ error, tried, onRetry, onOpenSettings, onLookup, diagnostics, invite }: Props) {
  // A kind written by a newer background than this panel reads as a server problem, never a blank.
  const [title, message, next] = (ERROR_KEYS[error.kind] ?? ERROR_KEYS.server).map((key) => t(key));
  const settings = SETTINGS_KINDS.has(error.kind);
  const card = (
    // No key yet is the first step of setting up, not a failure: no alarm colour for it.
    <section class={`card notice ${error.kind === 'no-key' ? 'notice-setup' : 'notice-error'}`} aria-labelledby="error-title">
      <h1 id="error-title">{title}</h1>
      <p>{message}</p>
      {/* An unreadable answer's detail is the extension's own finding; any other is the API's words. */}
      {error.detail && <p class="detail">{error.kind === 'invalid-response' ? t('errDetail', error.detail) : t('apiSaid', error.detail)}</p>}
      {error.kind === 'rate-limited' && error.retryAfter !== undefined && <p>{t('retryAfter', error.retryAfter)}</p>}
      <p>{next}</p>
      {error.kind === 'not-found' && tried.length > 0 && (
        <>
          <h2>{t('lookupsTried')}</h2>
          <ul class="tried">
            {tried.map((lookup, index) => (
              <li key={index}>
                <code>{lookup.by}</code> <span class="value">{lookup.value}</span>
                <span class="muted"> · {t('fromSource', lookup.source)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <div class="action-row">
        {error.kind === 'no-permission' && error.origin ? (
          <AllowAccessButton origin={error.origin} class="btn btn-primary" onGranted={onRetry} />
        ) : (
          <button type="button" class="btn btn-primary" onClick={settings ? onOpenSettings : onRetry}>
            {settings ? t('openSettings') : t('tryAgain')}
          </button>
        )}
      </div>
      {error.kind === 'not-found' && onLookup && <ManualLookup onLookup={onLookup} />}
    </section>
  );
  const offer = error.kind === 'not-found' && invite && <InviteOffer {...invite} />;
  if (offer) {
    return (
      <>
        {card}
        {offer}
        {diagnostics && <WhyNoReport diagnostics={diagnostics} />}
      </>
    );
  }
  if (!diagnostics || NOT_THE_PAGE.has(error.kind)) return card;
  return (
    <>
      {card}
      <WhyNoReport diagnostics={diagnostics} />
    </>
  );
}
