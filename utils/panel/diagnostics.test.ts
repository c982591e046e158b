import { describe, expect, it } from 'vitest';
import { checkRule } from '../rules';
import { draftHash, readDraft } from '../rule-draft';
import type { Lookup, TabState } from '../tab-state';
import { diagnose, diagnosticsText, draftRule, emailFinding, lookupRows } from './diagnostics';

const application: Lookup = { by: 'custom_field_id', value: '5123456002', source: 'the Greenhouse application' };
const person: Lookup = { by: 'custom_field_id', value: '4012345002', source: 'the Greenhouse candidate' };
const link: Lookup = { by: 'response_id', value: '979554', source: 'a Xobin link on the profile' };
const URL_ = 'https://app.greenhouse.io/people/4012345002/applications/5123456002';
const base = { v: 1, tabId: 7, navId: 'n', url: URL_, ats: 'greenhouse', atsName: 'Greenhouse', updatedAt: 0 } as const;

describe('lookupRows', () => {
  it('marks the lookups before the report not found, the report’s found and the rest not tried', () => {
    const state = { ...base, lookups: [link, application, person], phase: 'ready', result: { kind: 'report', cacheKey: 'k', lookup: application } } as const;
    expect(lookupRows(state).map((row) => row.outcome)).toEqual(['not-found', 'found', 'not-tried']);
  });
  it('puts an error on the lookup that met it, and waits while loading', () => {
    const error = {
      ...base,
      lookups: [application, person],
      phase: 'ready',
      result: { kind: 'error', error: { kind: 'timeout' }, tried: [application] },
    } as const;
    expect(lookupRows(error).map((row) => row.outcome)).toEqual(['timeout', 'not-tried']);
    const notFound = { ...error, result: { kind: 'error', error: { kind: 'not-found' }, tried: [application, person] } } as const;
    expect(lookupRows(notFound).map((row) => row.outcome)).toEqual(['not-found', 'not-found']);
    expect(lookupRows({ ...error, phase: 'loading', result: undefined }).map((row) => row.outcome)).toEqual(['waiting', 'waiting']);
  });
});

describe('diagnose', () => {
  it('explains a page no adapter recognised: the adapters on its host and the shapes they read', () => {
    const hostAdapters = [{ id: 'greenhouse', name: 'Greenhouse', shapes: ['https://app.greenhouse.io/people/{personId}'] }];
    const state: TabState = {
      v: 1,
      tabId: 7,
      navId: 'n',
      url: 'https://app.greenhouse.io/candidates/v2/4012345002',
      lookups: [],
      phase: 'no-candidate',
      hostAdapters,
      updatedAt: 0,
    };
    const found = diagnose(state)!;
    expect(found.adapter).toBeUndefined();
    expect(found.hostAdapters).toEqual(hostAdapters);
    expect(found.shape.groups).toEqual([{ name: 'candidateId', value: '4012345002' }]);
    expect(diagnose(null)).toBeUndefined();
  });
  it('says which adapter read the page and whether it found an email, from the candidate emails the page showed', () => {
    const state: TabState = { ...base, emails: ['alex@example.com'], emailsFrom: { text: 1, link: 0 }, lookups: [application], phase: 'loading' };
    expect(diagnose(state)).toMatchObject({
      adapter: { id: 'greenhouse', name: 'Greenhouse' },
      email: { found: true, addresses: ['alex@example.com'], fromText: 1, fromLink: 0 },
    });
    expect(emailFinding({})).toEqual({ found: false, addresses: [], fromText: 0, fromLink: 0 });
  });
});

describe('draftRule', () => {
  it('suggests host, the URL as a pattern and a template that passes the settings form’s checks', () => {
    const state: TabState = {
      v: 1,
      tabId: 7,
      navId: 'n',
      url: 'https://app.greenhouse.io/talent-pool/4012345002',
      lookups: [],
      phase: 'no-candidate',
      hostAdapters: [{ id: 'greenhouse', name: 'Greenhouse', shapes: [] }],
      updatedAt: 0,
    };
    const draft = draftRule(diagnose(state)!);
    expect(draft).toEqual({
      name: 'Greenhouse (talent-pool)',
      host: 'app.greenhouse.io',
      urlPattern: '/talent-pool/(?<talentPoolId>\\d+)(?:[/?#]|$)',
      template: '{talentPoolId}',
    });
    expect(checkRule(draft).ok).toBe(true);
  });
  it('borrows the template of a rule already on the host, with this URL’s id', () => {
    const hostAdapters = [{ id: 'custom-acme', name: 'Acme Hiring', shapes: ['/talent/(?<candidateId>\\d+)'], template: 'ACME-{candidateId}' }];
    const state: TabState = {
      v: 1,
      tabId: 7,
      navId: 'n',
      url: 'https://ats.acme-hiring.example/v2/talent/77123/overview',
      lookups: [],
      phase: 'no-candidate',
      hostAdapters,
      updatedAt: 0,
    };
    expect(draftRule(diagnose(state)!)).toMatchObject({ template: 'ACME-{talentId}', name: 'Acme Hiring (v2)' });
  });
});

describe('diagnosticsText', () => {
  const KEY = 'xk_live_5f1c0ffee9d2a7b3';
  // A tab with a report on screen, its summary (name, score, email) and, slipped in, a key: the text
  // is built from named fields only, so none of it can reach the clipboard.
  const state = {
    ...base,
    emails: ['alex.morgan@example.com'],
    emailsFrom: { text: 0, link: 1 },
    lookups: [link, application, person],
    phase: 'ready',
    result: {
      kind: 'report',
      cacheKey: `${KEY}|979554`,
      lookup: application,
      summary: {
        responseId: '979554',
        status: 'completed',
        inviteStatus: 'completed',
        score: 64,
        name: 'Alex Morgan',
        interview: 'Support Engineer',
        email: 'alex.morgan@example.com',
      },
    },
    apiKey: KEY,
  } as unknown as TabState;
  const text = diagnosticsText(diagnose(state)!, '1.2.3');

  it('keeps the URL shape, the adapter and each lookup’s result', () => {
    expect(text).toContain('Page (ids masked): https://app.greenhouse.io/people/{personId}/applications/{applicationId}');
    expect(text).toContain('Recognised by: Greenhouse (greenhouse)');
    expect(text).toContain('custom_field_id ########## (the Greenhouse application): found');
    expect(text).toContain('response_id ###### (a Xobin link on the profile): not found');
    expect(text).toContain('Candidate email on the page: 1 found (text 0, links 1)');
    expect(text).toContain('Extension version: 1.2.3');
  });

  it('masks every id and the email, and carries no report field and never the key', () => {
    for (const secret of [KEY, '4012345002', '5123456002', '979554', 'alex.morgan', 'example.com', 'Alex Morgan', 'Support Engineer', '64']) {
      expect(text).not.toContain(secret);
    }
  });
});

describe('rule drafts through the settings page address', () => {
  const draft = { name: 'Acme (v2)', host: 'ats.acme-hiring.example', urlPattern: '/v2/talent/(?<talentId>\\d+)', template: 'ACME-{talentId}' };
  it('round-trips a draft, checked like the form checks it', () => {
    expect(readDraft(draftHash(draft))).toEqual({ values: draft });
  });
  it('trusts nothing else in it: unknown fields dropped, a bad rule flagged, junk ignored', () => {
    const read = readDraft(draftHash({ ...draft, host: 'co.uk', evil: '<img onerror=x>' } as never));
    expect(read?.values).not.toHaveProperty('evil');
    expect(read?.problem).toMatch(/co\.uk/);
    expect(readDraft('#rule=%7Bnot json')).toBeUndefined();
    expect(readDraft('#rule=%5B%5D')).toBeUndefined();
    expect(readDraft('#other')).toBeUndefined();
  });
});
