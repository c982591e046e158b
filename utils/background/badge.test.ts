import { describe, expect, it } from 'vitest';
import { useBrowserLanguage } from '../../components/test-setup';
import type { ApiErrorKind } from '../api/errors';
import type { TabState } from '../tab-state';
import { badgeFor } from './badge';

const LOOKUP = { by: 'custom_field_id', value: '5123456002', source: 'the Greenhouse application' } as const;
const base: Omit<TabState, 'phase'> = { v: 1, tabId: 3, navId: 'n1', url: 'https://app.greenhouse.io/people/1', lookups: [LOOKUP], updatedAt: 0 };

function scored(score: number): TabState {
  const summary = { responseId: '1', status: 'completed', inviteStatus: 'Completed', score } as const;
  return { ...base, phase: 'ready', result: { kind: 'report', cacheKey: 'k', lookup: LOOKUP, summary } };
}
const pending: TabState = {
  ...base,
  phase: 'ready',
  result: { kind: 'report', cacheKey: 'k', lookup: LOOKUP, summary: { responseId: '1', status: 'pending', inviteStatus: 'Pending' } },
};
const failed = (kind: ApiErrorKind): TabState => ({ ...base, phase: 'ready', result: { kind: 'error', error: { kind }, tried: [LOOKUP] } });

describe('badgeFor', () => {
  it('says what each state means, in English by default', () => {
    expect(badgeFor(scored(82))).toMatchObject({ text: '82', title: 'Xobin AI Interview: score 82. Click to open the full report.', launcher: 'AI Interview · 82' });
    expect(badgeFor(scored(7.5)).text).toBe('7.5');
    expect(badgeFor(pending)).toMatchObject({ text: 'P', launcher: 'AI Interview · Pending' });
    expect(badgeFor(failed('offline')).title).toBe('Xobin AI Interview: Can’t reach Xobin. Open the side panel for what to do.');
    expect(badgeFor(null).title).toBe('Xobin AI Interview: open a candidate profile in your ATS to see their report.');
  });

  it('follows the browser’s language: German words, German decimals, badges of at most four characters', () => {
    useBrowserLanguage('de');
    expect(badgeFor(scored(7.5))).toMatchObject({
      text: '7,5',
      title: 'Xobin AI Interview: Punktzahl 7,5. Klicken Sie für den vollständigen Bericht.',
      launcher: 'AI Interview · 7,5',
    });
    expect(badgeFor(pending).title).toBe('Xobin AI Interview: Interview noch nicht abgeschlossen (Status: Pending).');
    expect(badgeFor(failed('not-found')).launcher).toBe('AI Interview · kein Bericht');
    expect(badgeFor(failed('offline')).title).toBe('Xobin AI Interview: Xobin nicht erreichbar. Was zu tun ist, steht in der Seitenleiste.');
    expect(badgeFor({ ...base, phase: 'loading' }).title).toBe('Xobin AI Interview: Bericht wird geladen…');
    for (const state of [scored(100), scored(7.5), pending, failed('server'), failed('not-found')]) {
      expect([...badgeFor(state).text].length).toBeLessThanOrEqual(4);
    }
  });
});
