import { describe, expect, it } from 'vitest';
import { longConversation, message } from '../../components/test-fixtures';
import { formatOffset, interviewStart, previewOf, rolesIn, searchTranscript, speakerOf, splitMatches } from './transcript';

describe('transcript helpers', () => {
  it('maps documented roles and keeps unknown ones apart', () => {
    expect(speakerOf('assistant')).toBe('interviewer');
    expect(speakerOf('user')).toBe('candidate');
    expect(speakerOf('system')).toBe('other');
    expect(rolesIn([message({ role: 'user' }), message({ role: 'assistant' }), message({ role: 'user' })])).toEqual(['user', 'assistant']);
  });

  it('finds the interview start as the earliest timestamp', () => {
    expect(interviewStart([message({ timestamp: 50 }), message({ timestamp: 20 }), message({ timestamp: undefined })])).toBe(20);
    expect(interviewStart([message({ timestamp: undefined })])).toBeUndefined();
  });

  it.each([
    [0, '0:00'],
    [15_000, '0:15'],
    [605_000, '10:05'],
    [3_723_000, '1:02:03'],
    [-5_000, '0:00'],
  ])('formats an offset of %i ms as %s', (ms, text) => expect(formatOffset(ms)).toBe(text));

  it('searches case-insensitively in the visible messages only', () => {
    const messages = [message({ content: 'Python and python' }), message({ content: 'Java' }), message({ content: 'PYTHON!' })];
    const result = searchTranscript(messages, [0, 2], 'python');
    expect(result.hits).toEqual([
      { position: 0, start: 0 },
      { position: 0, start: 11 },
      { position: 1, start: 0 },
    ]);
    expect(result.byMessage.get(2)).toEqual([0]);
    expect(searchTranscript(messages, [1], 'python').hits).toEqual([]);
    expect(searchTranscript(messages, [0, 1, 2], '   ').hits).toEqual([]);
  });

  it('treats the query literally, not as a pattern', () => {
    expect(searchTranscript([message({ content: 'a.b a+b (x)' })], [0], 'a+b').hits).toEqual([{ position: 0, start: 4 }]);
    expect(searchTranscript([message({ content: 'a.b a+b (x)' })], [0], '(x)').hits).toHaveLength(1);
  });

  it('splits text around matches', () => {
    expect(splitMatches('abcabc', [0, 3], 2)).toEqual([{ text: 'ab', hit: 0 }, { text: 'c' }, { text: 'ab', hit: 3 }, { text: 'c' }]);
    expect(splitMatches('abc', undefined, 1)).toEqual([{ text: 'abc' }]);
  });

  it('previews long messages only', () => {
    expect(previewOf('short')).toBeUndefined();
    const long = 'x'.repeat(2000);
    expect(previewOf(long)?.length).toBeLessThan(700);
    expect(previewOf(Array.from({ length: 40 }, (_, i) => `line ${i}`).join('\n'))?.split('\n')).toHaveLength(10);
  });

  it('searches 5,000 messages quickly', () => {
    const messages = longConversation(5000);
    const all = messages.map((_, index) => index);
    const began = performance.now();
    const result = searchTranscript(messages, all, 'number 4');
    expect(result.hits.length).toBeGreaterThan(500);
    expect(performance.now() - began).toBeLessThan(250);
  });
});
