import { useState } from 'preact/hooks';
import type { TranscriptMessage } from '../../utils/api/schemas';
import { t } from '../../utils/i18n';
import { speakerLabel } from '../../utils/panel/markdown';
import { formatGmt } from '../../utils/format';
import { formatOffset, isoTime, previewOf, speakerOf } from '../../utils/panel/transcript';
import { useRecording } from '../report/recording';
import { CodeBlock } from './CodeBlock';
import { Highlighted } from './Highlighted';

export interface MessageItemProps {
  readonly message: TranscriptMessage;
  readonly index: number;
  /** When the interview began, for "time since start". */
  readonly start?: number;
  readonly matches?: readonly number[];
  readonly matchLength: number;
  readonly current?: number;
}

function MessageTime({ timestamp, start }: { timestamp: number; start?: number }) {
  const recording = useRecording();
  const clock = formatGmt(timestamp);
  const label = start === undefined ? clock : formatOffset(timestamp - start);
  if (!label) return null;
  const time = (
    <time dateTime={isoTime(timestamp)} title={clock && start !== undefined ? t('sinceStartTitle', clock) : clock}>
      {label}
    </time>
  );
  const moment = recording?.find(timestamp);
  if (!moment) return time;
  return (
    <button
      type="button"
      class="time-play"
      aria-label={t('playFrom', moment.session.number, formatOffset(moment.offset * 1000))}
      onClick={() => recording?.play(moment)}
    >
      {time}
    </button>
  );
}

/** One transcript message. */
export function MessageItem({ message, index, start, matches, matchLength, current }: MessageItemProps) {
  const [open, setOpen] = useState(false);
  const speaker = speakerOf(message.role);
  const preview = previewOf(message.content);
  // A message with search matches is always shown whole, so every highlight is visible.
  const collapsed = preview !== undefined && !open && !matches?.length;
  const bodyId = `msg-${index}`;
  const text = collapsed ? preview : message.content;
  const body = collapsed ? text : <Highlighted text={text} starts={matches} length={matchLength} current={current} />;
  return (
    <li class={`msg msg-${speaker}`} data-role={message.role} data-index={index}>
      <p class="msg-head">
        <span class="who">{speakerLabel(message.role)}</span>
        {message.timestamp !== undefined && <MessageTime timestamp={message.timestamp} start={start} />}
      </p>
      {message.mode === 'code' ? (
        <div id={bodyId}>
          <CodeBlock code={message.content}>{body}</CodeBlock>
        </div>
      ) : (
        <p class="msg-text" id={bodyId}>
          {body}
        </p>
      )}
      {preview !== undefined && !matches?.length && (
        <button type="button" class="btn btn-link" aria-expanded={!collapsed} aria-controls={bodyId} onClick={() => setOpen(!open)}>
          {collapsed ? t('showMore') : t('showLess')}
        </button>
      )}
    </li>
  );
}
