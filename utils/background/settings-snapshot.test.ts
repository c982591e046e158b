import { POLICY_FIELDS } from '../settings-list';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { policyOverridesItem, templatesItem } from '../storage';
import { apiKeyItem } from './secret';
import { keepSettingsInMemory, onSettingsChange, readSettings, type SettingsChange } from './settings-snapshot';

let heard: { fields: string[]; policyKeys: readonly string[] }[];
beforeEach(() => {
  fakeBrowser.reset();
  keepSettingsInMemory();
  heard = [];
  onSettingsChange((change: SettingsChange) => heard.push({ fields: [...change.fields].sort(), policyKeys: change.policyKeys }));
});

describe('the worker settings snapshot', () => {
  it('reads the managed area once for any number of reads, and again only after it changes', async () => {
    const managedGet = vi.spyOn(fakeBrowser.storage.managed, 'get');
    await Promise.all([readSettings(), readSettings()]);
    await readSettings();
    expect(managedGet).toHaveBeenCalledTimes(1);
    await fakeBrowser.storage.managed.set({ listScores: false, lockedSettings: ['listScores'] });
    expect(heard.at(-1)?.policyKeys).toEqual(['listScores', 'lockedSettings']);
    // A lock may put any setting's policy value in force: every setting counts as changed.
    expect(heard.at(-1)?.fields).toHaveLength(POLICY_FIELDS.length);
    const { policy } = await readSettings();
    expect(policy.values.listScores).toBe(false);
    expect(managedGet).toHaveBeenCalledTimes(2);
  });

  it("a recruiter's change re-reads their values, never the managed area, and names the setting", async () => {
    await readSettings();
    const managedGet = vi.spyOn(fakeBrowser.storage.managed, 'get');
    await templatesItem.setValue({ greenhouse: ['GH-{applicationId}'] });
    expect(heard).toEqual([{ fields: ['lookupTemplates'], policyKeys: [] }]);
    expect((await readSettings()).local.lookupTemplates).toEqual({ greenhouse: ['GH-{applicationId}'] });
    await apiKeyItem.setValue('new-key'); // in IndexedDB; its revision in storage.local says it changed
    await vi.waitFor(() => expect(heard.at(-1)?.fields).toEqual(['apiKey']));
    expect((await readSettings()).local.apiKey).toBe('new-key');
    expect(managedGet).not.toHaveBeenCalled();
  });

  it('an override names the setting it overrides; other storage changes are not settings', async () => {
    await policyOverridesItem.setValue({ 'lookupTemplates:greenhouse': 'abc', autoOpen: 'def' });
    expect(heard).toEqual([{ fields: ['autoOpen', 'lookupTemplates'], policyKeys: [] }]);
    await fakeBrowser.storage.local.set({ compare: ['r1'] });
    await policyOverridesItem.setValue({ 'lookupTemplates:greenhouse': 'abc', autoOpen: 'def' }); // the same again (Firefox reports it)
    expect(heard).toHaveLength(1);
  });
});
