import { useEffect, useMemo, useState } from 'preact/hooks';
import type { TranscriptMessage } from '../../utils/api/schemas';
import { formatNumber } from '../../utils/format';
import { t, tCount } from '../../utils/i18n';
import { interviewStart, rolesIn, searchTranscript } from '../../utils/panel/transcript';
import { useDrawnAfterFirstFrame } from '../hooks/useDrawnAfterFirstFrame';
import { MessageList } from './MessageList';
import { TranscriptToolbar } from './TranscriptToolbar';

/**
 * The whole conversation, searchable and filterable by speaker. `pendingTotal`: only the first
 * messages of a long one are here yet (its first screen); search and the speaker filter wait for all.
 * `reportId`: whose conversation it is; another one's messages are drawn a frame after the rest.
 */
export function Transcript({
  messages,
  reportId,
  skipped = 0,
  pendingTotal,
}: {
  messages: readonly TranscriptMessage[];
  reportId: string;
  skipped?: number;
  pendingTotal?: number;
}) {
  const drawn = useDrawnAfterFirstFrame(reportId);
  const count = pendingTotal ?? messages.length;
  const [query, setQuery] = useState('');
  const [speaker, setSpeaker] = useState('');
  const roles = rolesIn(messages);
  const start = interviewStart(messages);
  // Memoised for identity, not speed: `hit` (one of this result's matches) moves MessageList's window
  // and scrolls to it, which must happen only when the reader picks a match, not on every render.
  const visible = useMemo(() => messages.flatMap((message, index) => (!speaker || message.role === speaker ? [index] : [])), [messages, speaker]);
  const search = useMemo(() => searchTranscript(messages, visible, query), [messages, visible, query]);
  // The active match belongs to one query and filter; a new one starts again at its first match.
  // (Keyed on words, not on the result, so a report refreshed behind the scenes keeps the place.)
  const searchKey = `${speaker}\n${query.trim()}`;
  const [active, setActive] = useState({ searchKey, index: 0 });
  const total = search.hits.length;
  const current = active.searchKey === searchKey ? Math.min(active.index, Math.max(0, total - 1)) : 0;
  const step = (delta: 1 | -1) => total && setActive({ searchKey, index: (current + delta + total) % total });
  useSlashToSearch();

  return (
    <section class="card transcript" aria-labelledby="transcript-title">
      <h2 id="transcript-title">
        {t('transcript')} <span class="muted">{tCount('messageCountOne', 'messageCount', count, formatNumber(count))}</span>
      </h2>
      {skipped > 0 && (
        <p class="muted" role="note" data-testid="skipped-messages">
          {t('messagesSkipped', skipped)}
        </p>
      )}
      {messages.length === 0 ? (
        <p class="muted">{t('noTranscript')}</p>
      ) : (
        <>
          {pendingTotal !== undefined ? (
            <p class="muted" role="status" data-testid="transcript-loading">
              {t('transcriptLoadingRest', formatNumber(messages.length))}
            </p>
          ) : (
            <TranscriptToolbar
              query={query}
              onQuery={setQuery}
              total={total}
              current={current}
              onStep={step}
              roles={roles}
              speaker={speaker}
              onSpeaker={setSpeaker}
            />
          )}
          {drawn ? (
            <MessageList
              messages={messages}
              visible={visible}
              start={start}
              search={search}
              hit={search.hits[current]}
              resetKey={`${speaker}\n${visible.length}`}
            />
          ) : (
            <ol class="messages" aria-busy="true" data-testid="transcript-drawing" />
          )}
        </>
      )}
    </section>
  );
}

/** "/" focuses the transcript search, as on many sites, unless the recruiter is typing somewhere. */
function useSlashToSearch(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]')) return;
      const input = document.getElementById('transcript-search');
      if (!input) return;
      event.preventDefault();
      input.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
