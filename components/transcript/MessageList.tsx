import { useEffect, useRef } from 'preact/hooks';
import type { TranscriptMessage } from '../../utils/api/schemas';
import { formatNumber } from '../../utils/format';
import { t } from '../../utils/i18n';
import type { SearchResult } from '../../utils/panel/transcript';
import { useRenderWindow } from '../hooks/useRenderWindow';
import { LoadMore } from './LoadMore';
import { MessageItem } from './MessageItem';

interface Props {
  readonly messages: readonly TranscriptMessage[];
  /** Conversation indices shown (after the speaker filter), in order. */
  readonly visible: readonly number[];
  readonly start?: number;
  readonly search: SearchResult;
  readonly hit?: { readonly position: number; readonly start: number };
  /** Changes when the list means something else (another speaker filter): start again at the top. */
  readonly resetKey: string;
}

/**
 * Renders a window of the transcript, never all of it: 5,000 messages would be ~40,000 nodes. The
 * window grows as sentinels scroll into view and jumps to the active search match.
 */
export function MessageList({ messages, visible, start, search, hit, resetKey }: Props) {
  // Not keyed on the array: a report refreshed behind the scenes must not throw the reader back up.
  const range = useRenderWindow(visible.length, resetKey);
  const list = useRef<HTMLOListElement>(null);
  const scrollPending = useRef(false);

  useEffect(() => {
    if (!hit) return;
    scrollPending.current = true;
    range.reveal(hit.position);
    // Only a new match moves the window; `range.reveal` changes with the list length.
  }, [hit]);

  useEffect(() => {
    if (!scrollPending.current) return;
    const mark = list.current?.querySelector<HTMLElement>('mark[data-current]');
    if (!mark) return;
    scrollPending.current = false;
    mark.scrollIntoView?.({ block: 'center' });
  });

  const currentIndex = hit ? visible[hit.position] : undefined;
  return (
    <ol class="messages" ref={list}>
      {range.from > 0 && <LoadMore key="earlier" generation={range.from} label={t('earlierMessages', formatNumber(range.from))} onLoad={range.earlier} />}
      {visible.slice(range.from, range.to).map((index) => {
        const message = messages[index];
        if (!message) return null;
        return (
          <MessageItem
            key={index}
            message={message}
            index={index}
            start={start}
            matches={search.byMessage.get(index)}
            matchLength={search.length}
            current={index === currentIndex ? hit?.start : undefined}
          />
        );
      })}
      {range.to < visible.length && (
        <LoadMore key="later" generation={range.to} label={t('laterMessages', formatNumber(visible.length - range.to))} onLoad={range.later} />
      )}
    </ol>
  );
}
