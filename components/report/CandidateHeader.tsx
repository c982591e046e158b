import type { ComponentChildren } from 'preact';
import { formatApiDate } from '../../utils/format';
import { t } from '../../utils/i18n';
import type { Lookup } from '../../utils/tab-state';

interface Props {
  readonly name?: string;
  readonly email?: string;
  readonly interview?: string;
  /** As the API sends it (not ISO; GMT by the API's convention): formatted for the reader, verbatim when unreadable. */
  readonly completed?: string;
  readonly lookup: Lookup;
  /** Buttons and status on the right. */
  readonly children?: ComponentChildren;
}

/** Who, which interview, when, and how the report was matched to this profile. */
export function CandidateHeader({ name, email, interview, completed, lookup, children }: Props) {
  return (
    <header class="card head">
      <div class="head-main">
        <h1 class="name">{name || t('unknownCandidate')}</h1>
        {email && <p class="email">{email}</p>}
        <p class="meta">{interview || t('aiInterview')}</p>
        {completed && <p class="completed">{t('completedGmt', formatApiDate(completed))}</p>}
        <p class="lookup muted">{t('foundBy', lookup.by, lookup.value, lookup.source)}</p>
      </div>
      <div class="head-side">{children}</div>
    </header>
  );
}

/** The Refresh button with the "Updating…" hint of a background refresh. */
export function RefreshControl({ refreshing, onRefresh, label }: { refreshing: boolean; onRefresh: () => void; label: string }) {
  return (
    <>
      <button type="button" class="btn" onClick={onRefresh}>
        {label}
      </button>
      <span class="updating" role="status">
        {refreshing ? t('updating') : ''}
      </span>
    </>
  );
}
