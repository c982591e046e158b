import { describe, expect, it } from 'vitest';
import { useBrowserLanguage } from '../../components/test-setup';
import type { ApiErrorKind } from '../api/errors';
import type { TabState } from '../tab-state';
import { badgeFor, MISMATCH_BADGE, PAUSED_BADGE } from './badge';

const base: TabState = {
  v: 1,
  tabId: 1,
  navId: 'n',
  url: 'https://app.greenhouse.io/people/4012345003/applications/5123456003',
  emails: ['riley.example@example.com'],
  lookups: [
    { by: 'custom_field_id', value: '5123456003', source: 'the Greenhouse application' },
    { by: 'response_id', value: '979554', source: 'a Xobin report link on the profile' },
  ],
  phase: 'ready',
  updatedAt: 0,
};
const found = (summary: Record<string, unknown>): TabState => ({
  ...base,
  result: {
    kind: 'report',
    cacheKey: 'k',
    lookup: base.lookups[0]!,
    summary: { responseId: '979554', status: 'completed', inviteStatus: 'Completed', score: 82, ...summary },
  },
});

const withError = (kind: ApiErrorKind): TabState => ({
  v: 1,
  tabId: 1,
  navId: 'n1',
  url: 'https://app.greenhouse.io/people/4012345002',
  lookups: [],
  phase: 'ready',
  result: { kind: 'error', error: { kind }, tried: [] },
  updatedAt: 0,
});

describe('badgeFor', () => {
  it("shows the score when the report's email is the profile's", () => {
    expect(badgeFor(found({ email: 'Riley.Example@example.com' })).text).toBe('82');
  });

  it("does not show someone else's score: a distinct marker and a tooltip that says why", () => {
    const view = badgeFor(found({ email: 'jordan.example@example.com' }));
    expect(view.text).toBe(MISMATCH_BADGE);
    expect(view.title).toContain('jordan.example@example.com');
    expect(view.title).toContain('riley.example@example.com');
    expect(view.title).toContain('may not be this candidate');
    expect(view.title).not.toContain('82');
  });

  it("flags a report whose custom_field_id is none of the profile's ids", () => {
    const view = badgeFor(found({ customFieldId: '5123456002' }));
    expect(view.text).toBe(MISMATCH_BADGE);
    expect(view.title).toContain('5123456002');
  });

  it('shows the identity marker, not the score, for a report reached only through a link that nothing ties to the profile', () => {
    const linked = (summary: Record<string, unknown>, overrides: Partial<TabState> = {}): TabState => {
      const state = found(summary);
      return { ...state, ...overrides, result: state.result?.kind === 'report' ? { ...state.result, lookup: base.lookups[1]! } : state.result };
    };
    const view = badgeFor(linked({ email: 'jordan.example@example.com', name: 'Jordan Example' }, { emails: [] }));
    expect(view.text).toBe(MISMATCH_BADGE);
    expect(view.title).toContain("Jordan Example (jordan.example@example.com)'s");
    expect(view.title).toContain('nothing on the profile ties it to this candidate');
    expect(badgeFor(linked({ email: 'riley.example@example.com' })).text).toBe('82');
    expect(badgeFor(linked({ email: 'jordan.example@example.com' }, { emails: [], confirmed: '979554' })).text).toBe('82');
  });

  it('says in plain words that lookups are paused and what to do', () => {
    const view = badgeFor({ ...base, result: { kind: 'paused', resumeAt: Date.now() + 3000, scope: 'tab' } });
    expect(view.text).toBe(PAUSED_BADGE);
    expect(view.title).toMatch(/paused: too many lookups.*resumes by itself.*Look up now/);
  });

  it('asks to connect, not to panic, on a candidate page before a key is saved', () => {
    const view = badgeFor(withError('no-key'));
    expect(view.text).toBe('KEY');
    expect(view.text.length).toBeLessThanOrEqual(4);
    expect(view.title).toMatch(/^Xobin AI Interview: Connect to Xobin — add your API key in settings/);
    expect(view.color).not.toBe(badgeFor(withError('server')).color); // not the error red
  });

  it('keeps "!" for real errors, including a key Xobin refused', () => {
    for (const kind of ['unauthorized', 'server', 'offline', 'timeout', 'invalid-response'] as const) {
      expect(badgeFor(withError(kind)).text).toBe('!');
    }
  });

  it('says what each state means, in English by default', () => {
    expect(badgeFor(found({ score: 82, email: undefined }))).toMatchObject({
      text: '82',
      title: 'Xobin AI Interview: score 82. Click to open the full report.',
    });
    expect(badgeFor(found({ score: 7.5, email: undefined })).text).toBe('7.5');
    expect(badgeFor(found({ status: 'pending', inviteStatus: 'Pending', score: undefined, email: undefined })).text).toBe('P');
    expect(badgeFor(withError('offline')).title).toBe('Xobin AI Interview: Can’t reach Xobin. Open the side panel for what to do.');
    expect(badgeFor(null).title).toBe('Xobin AI Interview: open a candidate profile in your ATS to see their report.');
  });

  it('follows the browser’s language: German words, German decimals, badges of at most four characters', () => {
    useBrowserLanguage('de');
    const pending = found({ status: 'pending', inviteStatus: 'Pending', score: undefined, email: undefined });
    expect(badgeFor(found({ score: 7.5, email: undefined }))).toMatchObject({
      text: '7,5',
      title: 'Xobin AI Interview: Punktzahl 7,5. Klicken Sie für den vollständigen Bericht.',
    });
    expect(badgeFor(pending).title).toBe('Xobin AI Interview: Interview noch nicht abgeschlossen (Status: Pending).');
    expect(badgeFor(withError('not-found')).title).toBe('Xobin AI Interview: Kein Bericht für diese Person gefunden. Details in der Seitenleiste.');
    expect(badgeFor(withError('offline')).title).toBe('Xobin AI Interview: Xobin nicht erreichbar. Was zu tun ist, steht in der Seitenleiste.');
    expect(badgeFor({ ...base, phase: 'loading', result: undefined }).title).toBe('Xobin AI Interview: Bericht wird geladen…');
    expect(badgeFor(withError('no-key')).title).toMatch(/^Xobin AI Interview: Mit Xobin verbinden/);
    for (const state of [found({ score: 100 }), found({ score: 7.5 }), pending, withError('server'), withError('not-found'), withError('no-key')]) {
      expect([...badgeFor(state).text].length).toBeLessThanOrEqual(4);
    }
  });
});
