import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { customRulesItem } from '../storage';
import { createRuleHosts } from './rule-hosts';

// Which pages the worker listens to: the shipped ATS hosts at once, the hosts of the recruiter's
// rules once they are read.

const RULE = { id: 'acme', name: 'Acme', host: 'ats.acme.example', urlPattern: '/talent/(?<candidateId>\\d+)', template: '{candidateId}' };
const RULE_PAGE = 'https://ats.acme.example/talent/77123';

beforeEach(() => fakeBrowser.reset());

describe('rule hosts', () => {
  it('knows the shipped hosts before the rules are read, and a rule host once they are', async () => {
    await customRulesItem.setValue([RULE]);
    const hosts = createRuleHosts();
    expect(hosts.loaded()).toBe(false);
    expect(hosts.isKnownPage('https://app.greenhouse.io/people/4012345002')).toBe(true);
    expect(hosts.isKnownPage(RULE_PAGE)).toBe(false);
    await hosts.ready;
    expect(hosts.loaded()).toBe(true);
    expect(hosts.isKnownPage(RULE_PAGE)).toBe(true);
    expect(hosts.isKnownPage('https://elsewhere.example/talent/1')).toBe(false);
  });

  it('gives a page nothing recognised the rules for its URL, and none elsewhere', async () => {
    await customRulesItem.setValue([RULE]);
    const hosts = createRuleHosts();
    expect((await hosts.rulesHere(RULE_PAGE))?.map((rule) => rule.id)).toEqual(['acme']);
    expect(await hosts.rulesHere('https://app.greenhouse.io/jobs')).toBeUndefined();
  });

  it('forgets a removed rule host on reload', async () => {
    await customRulesItem.setValue([RULE]);
    const hosts = createRuleHosts();
    await hosts.ready;
    await customRulesItem.setValue([]);
    await hosts.reload();
    expect(hosts.isKnownPage(RULE_PAGE)).toBe(false);
  });
});
