import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { RecordingMoment } from '../../utils/panel/recordings';

/** How a transcript message reaches the embedded player: where its moment is, and "play it". */
export interface Recording {
  readonly find: (timestamp: number) => RecordingMoment | undefined;
  readonly play: (moment: RecordingMoment) => void;
}

export const RecordingContext = createContext<Recording | undefined>(undefined);

export function useRecording(): Recording | undefined {
  return useContext(RecordingContext);
}
