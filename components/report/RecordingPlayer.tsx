import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { RecordingMoment } from '../../utils/panel/recordings';
import { formatOffset } from '../../utils/panel/transcript';

interface Props {
  /** A new object for every request, so asking twice for the same moment seeks again. */
  readonly moment: RecordingMoment;
  readonly onClose: () => void;
}

/** A player docked at the bottom of the panel, so the transcript stays where the recruiter was. */
export function RecordingPlayer({ moment, onClose }: Props) {
  const video = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    const element = video.current;
    if (!element) return undefined;
    const seek = () => {
      element.currentTime = moment.offset;
      void Promise.resolve(element.play?.()).catch(() => undefined);
    };
    // A new source has no duration yet: seek once its metadata is in.
    if (element.readyState >= 1) seek();
    else element.addEventListener('loadedmetadata', seek, { once: true });
    return () => element.removeEventListener('loadedmetadata', seek);
  }, [moment]);
  const label = t('playerLabel', moment.session.number, formatOffset(moment.offset * 1000));
  return (
    <section class="player" aria-label={label}>
      <div class="player-head">
        <span>{label}</span>
        <button type="button" class="btn btn-small" onClick={onClose}>
          {t('closePlayer')}
        </button>
      </div>
      {/* Recordings are the API's (http(s) only, checked in sessionLinks); no captions are offered. */}
      <video ref={video} src={moment.session.url} controls preload="metadata" />
    </section>
  );
}
