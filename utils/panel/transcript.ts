import type { TranscriptMessage } from '../api/schemas';

export type Speaker = 'interviewer' | 'candidate' | 'other';

/** Documented roles: `assistant` is the AI interviewer, `user` the candidate. Anything else is shown as-is. */
export function speakerOf(role: string): Speaker {
  if (role === 'assistant') return 'interviewer';
  if (role === 'user') return 'candidate';
  return 'other';
}

/** The distinct roles in order of first appearance (for the speaker filter). */
export function rolesIn(messages: readonly TranscriptMessage[]): string[] {
  return [...new Set(messages.map((message) => message.role))];
}

/** When the interview began: the earliest message time, if any message carries one. */
export function interviewStart(messages: readonly TranscriptMessage[]): number | undefined {
  let start: number | undefined;
  for (const { timestamp } of messages) {
    if (timestamp !== undefined && (start === undefined || timestamp < start)) start = timestamp;
  }
  return start;
}

/** `4:05`, `1:02:03`; negative offsets (clock skew) clamp to zero. */
export function formatOffset(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

export function isoTime(timestamp: number): string | undefined {
  const date = new Date(timestamp);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

export interface SearchResult {
  /** Every match in reading order: position in the visible list and offset in the message. */
  readonly hits: ReadonlyArray<{ readonly position: number; readonly start: number }>;
  /** Match offsets per message index (index into the full conversation). */
  readonly byMessage: ReadonlyMap<number, readonly number[]>;
  readonly length: number;
}

export const NO_MATCHES: SearchResult = { hits: [], byMessage: new Map(), length: 0 };

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Case-insensitive search over the visible messages (`visible` holds conversation indices). A regex
 * on the original text keeps offsets right even where lower-casing changes a string's length.
 */
export function searchTranscript(messages: readonly TranscriptMessage[], visible: readonly number[], query: string): SearchResult {
  const needle = query.trim();
  if (!needle) return NO_MATCHES;
  const pattern = new RegExp(escapeRegExp(needle), 'giu');
  const hits: Array<{ position: number; start: number }> = [];
  const byMessage = new Map<number, number[]>();
  visible.forEach((index, position) => {
    const content = messages[index]?.content ?? '';
    pattern.lastIndex = 0;
    let starts: number[] | undefined;
    for (let match = pattern.exec(content); match; match = pattern.exec(content)) {
      (starts ??= []).push(match.index);
      hits.push({ position, start: match.index });
      if (match[0].length === 0) pattern.lastIndex++;
    }
    if (starts) byMessage.set(index, starts);
  });
  return { hits, byMessage, length: needle.length };
}

/** Split text into plain and highlighted parts; `current` marks the active match's offset. */
export function splitMatches(text: string, starts: readonly number[] | undefined, length: number) {
  const parts: Array<{ readonly text: string; readonly hit?: number }> = [];
  let cursor = 0;
  for (const start of starts ?? []) {
    if (start < cursor) continue;
    if (start > cursor) parts.push({ text: text.slice(cursor, start) });
    parts.push({ text: text.slice(start, start + length), hit: start });
    cursor = start + length;
  }
  if (cursor < text.length || parts.length === 0) parts.push({ text: text.slice(cursor) });
  return parts;
}

export const COLLAPSE_CHARS = 900;
export const COLLAPSE_LINES = 16;
const PREVIEW_CHARS = 600;
const PREVIEW_LINES = 10;

/** Long messages show a preview until expanded; undefined when the message is short enough. */
export function previewOf(content: string): string | undefined {
  const lines = content.split('\n');
  if (content.length <= COLLAPSE_CHARS && lines.length <= COLLAPSE_LINES) return undefined;
  const byLines = lines.slice(0, PREVIEW_LINES).join('\n');
  return `${byLines.slice(0, PREVIEW_CHARS).trimEnd()}…`;
}
