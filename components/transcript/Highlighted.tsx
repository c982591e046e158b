import { splitMatches } from '../../utils/panel/transcript';

interface Props {
  readonly text: string;
  readonly starts?: readonly number[];
  readonly length: number;
  /** Offset of the active match in this text, if it is here. */
  readonly current?: number;
}

/** Text with search matches wrapped in <mark>; everything renders as text nodes. */
export function Highlighted({ text, starts, length, current }: Props) {
  if (!starts?.length) return <>{text}</>;
  return (
    <>
      {splitMatches(text, starts, length).map((part, index) =>
        part.hit === undefined ? (
          part.text
        ) : (
          <mark key={index} class={part.hit === current ? 'hit hit-current' : 'hit'} data-current={part.hit === current ? '' : undefined}>
            {part.text}
          </mark>
        ),
      )}
    </>
  );
}
