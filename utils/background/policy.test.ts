import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_BASE_URL } from '../api/constants';
import { noteOverride, templatesField } from '../policy';
import { autoOpenItem, baseUrlItem, customRulesItem, downloadableItem, policyOverridesItem, templatesItem } from '../storage';
import { effectiveAutoOpen, effectiveConfig, effectiveRules, effectiveTemplates } from './effective';
import { parsePolicy, viewOf } from './policy';
import { apiKeyItem } from './secret';

const RULE = { id: 'wd', name: 'Our Workday', host: 'wd.example.com', urlPattern: '/c/(?<candidateId>\\d+)', template: 'WD-{candidateId}' };
const setPolicy = (values: Record<string, unknown>) => fakeBrowser.storage.managed.set(values);

beforeEach(() => fakeBrowser.reset());

describe('parsePolicy', () => {
  it('takes every valid key under its documented name', () => {
    const policy = parsePolicy({
      apiBaseUrl: 'https://xobin.example.com/api/v2/',
      apiKey: ' org-key ',
      lookupTemplates: { greenhouse: ['GH-{applicationId}'] },
      customRules: [RULE],
      autoOpen: true,
      downloadableRecordings: true,
      listScores: false,
      lockedSettings: ['apiKey', 'lookupTemplates'],
    });
    expect(policy.problems).toEqual([]);
    expect(policy.values).toEqual({
      apiBaseUrl: 'https://xobin.example.com/api/v2',
      apiKey: 'org-key',
      lookupTemplates: { greenhouse: ['GH-{applicationId}'] },
      customRules: [{ ...RULE, selector: undefined, attribute: undefined }],
      autoOpen: true,
      downloadableRecordings: true,
      listScores: false,
    });
    expect([...policy.locked].sort()).toEqual(['apiKey', 'lookupTemplates']);
  });

  it('ignores each invalid value whole, says why, and still applies the rest', () => {
    const policy = parsePolicy({
      apiBaseUrl: 'http://xobin.example.com/api',
      apiKey: 42,
      lookupTemplates: { greenhouse: ['GH-{nope}'] },
      customRules: [RULE, { id: 'x', name: 'Broken', host: 'bad host', template: '{pageId}' }],
      autoOpen: 'yes',
      downloadableRecordings: true,
      lockedSettings: ['apiKey', 'downloadableRecordings'],
      somethingElse: 1,
    });
    expect(policy.values).toEqual({ downloadableRecordings: true });
    const byField = Object.fromEntries(policy.problems.map((problem) => [problem.field, problem.message]));
    expect(byField.apiBaseUrl).toMatch(/https:\/\//);
    expect(byField.apiKey).toBe('Ignored: it must be text.');
    expect(byField.lookupTemplates).toMatch(/^Ignored\. Greenhouse: \{nope\} is not an id/);
    expect(byField.customRules).toMatch(/^Ignored\. Rule 2: Enter a host name/);
    expect(byField.autoOpen).toBe('Ignored: it must be true or false.');
    expect(byField.lockedSettings).toBe('The lock on apiKey is ignored: the policy gives it no valid value.');
    expect(byField.somethingElse).toMatch(/no setting of that name/);
    // The lock that has a value holds.
    expect([...policy.locked]).toEqual(['downloadableRecordings']);
  });

  it('refuses a lock list with a name that is not a setting, and never throws on junk', () => {
    expect(parsePolicy({ lockedSettings: ['apikey'] }).problems[0]!.message).toMatch(/"apikey" is not a setting name/);
    for (const junk of [null, 5, 'x', [], { lockedSettings: 'apiKey' }, { lookupTemplates: { nope: ['{a}'] } }]) {
      expect(() => parsePolicy(junk)).not.toThrow();
    }
    expect(parsePolicy({ lookupTemplates: { nope: ['{a}'] } }).problems[0]!.message).toMatch(/"nope" is not an ATS/);
  });

  it('tells extension pages whether a key is set, never the key', () => {
    const view = viewOf(parsePolicy({ apiKey: 'org-secret-key', autoOpen: true, lockedSettings: ['apiKey'] }));
    expect(view).toEqual({ autoOpen: true, hasApiKey: true, locked: ['apiKey'], problems: [] });
    expect(JSON.stringify(view)).not.toContain('org-secret-key');
  });
});

describe('effective settings (policy over local)', () => {
  it('uses the recruiter values and defaults when there is no policy', async () => {
    await apiKeyItem.setValue('typed-key');
    expect(await effectiveConfig()).toEqual({ baseUrl: DEFAULT_BASE_URL, apiKey: 'typed-key', keySource: 'local', downloadable: false });
    expect(await effectiveTemplates('greenhouse')).toEqual(['{applicationId}', '{personId}']);
  });

  it('a locked policy value wins over anything local', async () => {
    await apiKeyItem.setValue('typed-key');
    await baseUrlItem.setValue('https://mine.example.com/api');
    await setPolicy({ apiKey: 'org-key', apiBaseUrl: 'https://org.example.com/api', lockedSettings: ['apiKey', 'apiBaseUrl'] });
    await noteOverride('apiKey', 'org-key', 'typed-key');
    expect(await effectiveConfig()).toMatchObject({ apiKey: 'org-key', baseUrl: 'https://org.example.com/api', keySource: 'policy' });
  });

  it('an unlocked policy value wins until the recruiter overrides it, and again when the admin changes it', async () => {
    await autoOpenItem.setValue(false);
    await setPolicy({ autoOpen: true });
    expect(await effectiveAutoOpen()).toBe(true); // a value from before the policy does not beat it
    await autoOpenItem.setValue(false);
    await noteOverride('autoOpen', true, false);
    expect(await effectiveAutoOpen()).toBe(false);
    await setPolicy({ autoOpen: true, lockedSettings: ['autoOpen'] });
    expect(await effectiveAutoOpen()).toBe(true); // now locked
    await setPolicy({ downloadableRecordings: true });
    await downloadableItem.setValue(false);
    await noteOverride('downloadableRecordings', false, false); // saving the policy's value records nothing
    expect(await policyOverridesItem.getValue()).toEqual({ autoOpen: expect.any(String) });
  });

  it('templates: per ATS, locked ones apply to every ATS', async () => {
    await templatesItem.setValue({ greenhouse: ['{personId}'], lever: ['{candidateId}'] });
    await setPolicy({ lookupTemplates: { greenhouse: ['GH-{applicationId}'] } });
    expect(await effectiveTemplates('greenhouse')).toEqual(['GH-{applicationId}']);
    expect(await effectiveTemplates('lever')).toEqual(['{candidateId}']);
    await noteOverride(templatesField('greenhouse'), ['GH-{applicationId}'], ['{personId}']);
    expect(await effectiveTemplates('greenhouse')).toEqual(['{personId}']);
    await setPolicy({ lookupTemplates: { greenhouse: ['GH-{applicationId}'] }, lockedSettings: ['lookupTemplates'] });
    expect(await effectiveTemplates('greenhouse')).toEqual(['GH-{applicationId}']);
    expect(await effectiveTemplates('lever')).not.toEqual(['{candidateId}']); // the built-in ones
  });

  it('rules: policy rules plus the recruiter rules, only the policy rules when locked', async () => {
    const own = { ...RULE, id: 'mine', name: 'Mine', host: 'mine.example.com' };
    await customRulesItem.setValue([own]);
    await setPolicy({ customRules: [RULE] });
    expect((await effectiveRules()).map((rule) => rule.id)).toEqual(['wd', 'mine']);
    await setPolicy({ customRules: [RULE], lockedSettings: ['customRules'] });
    expect((await effectiveRules()).map((rule) => rule.id)).toEqual(['wd']);
  });
});
