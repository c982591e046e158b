import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { inForce } from './policy';
import { POLICY_FIELDS, SETTINGS } from './settings-list';

beforeEach(() => fakeBrowser.reset());

describe('the settings list', () => {
  it('lists every policy key once, in the order admins read them in docs/deploy.md', () => {
    expect(POLICY_FIELDS).toEqual([
      'apiBaseUrl',
      'apiKey',
      'lookupTemplates',
      'customRules',
      'autoOpen',
      'downloadableRecordings',
      'listScores',
      'aiInterviews',
      'allowInvites',
      'allowShare',
    ]);
  });

  it("agrees with each storage item: the item's fallback is the setting's default, and it lives under the key the worker listens to", async () => {
    for (const field of POLICY_FIELDS) {
      const setting: { item?: { getValue(): Promise<unknown>; setValue(value: never): Promise<void> }; localKey: string; fallback: unknown } = SETTINGS[field];
      if (!setting.item) continue; // the key and its address: the worker's own store
      expect(await setting.item.getValue()).toEqual(setting.fallback);
      const other = typeof setting.fallback === 'boolean' ? !setting.fallback : Array.isArray(setting.fallback) ? [1] : { x: ['y'] };
      await setting.item.setValue(other as never);
      expect((await fakeBrowser.storage.local.get(setting.localKey))[setting.localKey]).toEqual(other);
    }
  });

  it('a bad policy value is ignored whole, with a reason', () => {
    expect(SETTINGS.listScores.parse('no')).toEqual({ ok: false, reason: 'Ignored: it must be true or false.' });
    expect(SETTINGS.apiKey.parse(' k ')).toEqual({ ok: true, value: 'k' });
  });

  it('takes a list of AI interviews only whole: integer ids, named, none twice', () => {
    expect(SETTINGS.aiInterviews.parse([{ id: 31877, name: ' Backend ' }])).toEqual({ ok: true, value: [{ id: 31877, name: 'Backend' }] });
    expect(SETTINGS.aiInterviews.parse([{ id: '31877', name: 'Backend' }])).toMatchObject({ ok: false });
    expect(
      SETTINGS.aiInterviews.parse([
        { id: 1, name: 'A' },
        { id: 1, name: 'B' },
      ]),
    ).toEqual({ ok: false, reason: 'Ignored. The interview id 1 is listed twice.' });
    expect(SETTINGS.aiInterviews.parse([{ id: 2, name: '' }])).toMatchObject({ ok: false });
    expect(SETTINGS.allowInvites.parse(false)).toEqual({ ok: true, value: false });
  });
});

describe('inForce', () => {
  const none = { policy: undefined, locked: false, local: undefined, override: undefined };
  it('uses the listed default without a policy or a value of the recruiter', () => {
    expect(inForce('listScores', none)).toEqual({ value: true, source: 'default', locked: false });
    expect(inForce('autoOpen', { ...none, local: true })).toEqual({ value: true, source: 'local', locked: false });
  });

  it('a locked policy value wins over an override; an unlocked one until the recruiter overrides it', async () => {
    const { fingerprint } = await import('./policy');
    const overridden = { policy: false, local: true, override: fingerprint(false) };
    expect(inForce('listScores', { ...overridden, locked: true })).toEqual({ value: false, source: 'policy', locked: true });
    expect(inForce('listScores', { ...overridden, locked: false })).toEqual({ value: true, source: 'local', locked: false });
    expect(inForce('listScores', { ...overridden, locked: false, override: fingerprint(true) })).toEqual({ value: false, source: 'policy', locked: false });
  });
});
