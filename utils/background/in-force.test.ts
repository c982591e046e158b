import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fingerprint } from '../policy';
import { inForceItem } from '../policy-view';
import { aiInterviewsItem, allowInvitesItem, autoOpenItem, listScoresItem, policyOverridesItem } from '../storage';
import { stubUnimplementedListeners } from './fake-worker';
import { inForceOf, publishInForce, touchesInForce } from './in-force';
import { startBackground } from './index';
import { apiKeyItem } from './secret';
import { readSettings } from './settings-snapshot';

beforeEach(() => fakeBrowser.reset());

describe('the values in force', () => {
  it('combine policy, lock, override and the recruiter’s value by the worker’s rule, and never carry the key', async () => {
    await fakeBrowser.storage.managed.set({ apiKey: 'org-secret', autoOpen: true, allowInvites: false, listScores: false, lockedSettings: ['allowInvites'] });
    await autoOpenItem.setValue(false);
    await allowInvitesItem.setValue(true);
    await listScoresItem.setValue(true);
    await policyOverridesItem.setValue({ listScores: fingerprint(false) });
    await aiInterviewsItem.setValue([{ id: 31877, name: 'Backend' }]);
    const values = inForceOf(await readSettings({ withKey: false }));
    expect(values).toEqual({
      autoOpen: { value: true, source: 'policy', locked: false },
      downloadableRecordings: { value: false, source: 'default', locked: false },
      listScores: { value: true, source: 'local', locked: false },
      aiInterviews: { value: [{ id: 31877, name: 'Backend' }], source: 'local', locked: false },
      allowInvites: { value: false, source: 'policy', locked: true },
      allowShare: { value: true, source: 'default', locked: false },
    });
    expect(JSON.stringify(values)).not.toContain('org-secret');
  });

  it('are republished in the order asked: the last value wins', async () => {
    await allowInvitesItem.setValue(false);
    const first = publishInForce();
    await allowInvitesItem.setValue(true);
    await Promise.all([first, publishInForce()]);
    expect((await inForceItem.getValue())?.allowInvites.value).toBe(true);
  });

  it('change with the settings they show, not with the key or the address', () => {
    const change = (...fields: string[]) => ({ fields: new Set(fields), policyKeys: [] }) as unknown as Parameters<typeof touchesInForce>[0];
    expect(touchesInForce(change('allowShare'))).toBe(true);
    expect(touchesInForce(change('apiKey', 'apiBaseUrl', 'lookupTemplates', 'customRules'))).toBe(false);
  });
});

describe('in the running worker', () => {
  beforeEach(async () => {
    stubUnimplementedListeners();
    vi.stubGlobal('fetch', vi.fn());
    await apiKeyItem.setValue('typed-key');
    startBackground();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('follow the recruiter’s change and the admin’s, live', async () => {
    await fakeBrowser.runtime.onMessage.trigger({ type: 'policy:get' }, { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') });
    expect((await inForceItem.getValue())?.allowInvites).toEqual({ value: true, source: 'default', locked: false });
    await allowInvitesItem.setValue(false);
    await vi.waitFor(async () => expect((await inForceItem.getValue())?.allowInvites).toEqual({ value: false, source: 'local', locked: false }));
    await fakeBrowser.storage.managed.set({ allowInvites: true, lockedSettings: ['allowInvites'] });
    await vi.waitFor(async () => expect((await inForceItem.getValue())?.allowInvites).toEqual({ value: true, source: 'policy', locked: true }));
  });
});
