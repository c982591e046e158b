import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { matchesPattern } from '../ats/match-pattern';
import { customRulesItem } from '../storage';
import { readRules, syncRuleScripts } from './rules';

// The fake browser has no `scripting` or `permissions`. This stand-in keeps Chrome's rules that matter
// here: every call is asynchronous, a second registration under a used id is refused, and
// unregistering an id that is not registered is refused.
interface Registered {
  id: string;
  matches: string[];
}
let registered: Registered[];
let granted: Set<string>;
let openTabs: { id: number; url: string }[];
let injected: number[];
const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

beforeEach(() => {
  fakeBrowser.reset();
  registered = [];
  granted = new Set();
  openTabs = [];
  injected = [];
  // Chrome's tabs.query matches only tabs whose address the extension may read.
  browser.tabs.query = (async ({ url }: { url: string[] }) =>
    openTabs.filter((tab) => url.some((pattern) => granted.has(pattern) && matchesPattern(pattern, tab.url)))) as unknown as typeof browser.tabs.query;
  Object.assign(browser, {
    scripting: {
      async getRegisteredContentScripts({ ids }: { ids: string[] }) {
        await tick();
        return registered.filter((script) => ids.includes(script.id)).map((script) => ({ ...script }));
      },
      async unregisterContentScripts({ ids }: { ids: string[] }) {
        await tick();
        for (const id of ids) {
          if (!registered.some((script) => script.id === id)) throw new Error(`Nonexistent script ID '${id}'`);
        }
        registered = registered.filter((script) => !ids.includes(script.id));
      },
      async executeScript({ target }: { target: { tabId: number } }) {
        await tick();
        injected.push(target.tabId);
        return [];
      },
      async registerContentScripts(scripts: Registered[]) {
        await tick();
        for (const script of scripts) {
          if (registered.some((old) => old.id === script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
        }
        registered.push(...scripts.map(({ id, matches }) => ({ id, matches })));
      },
    },
    permissions: {
      async contains({ origins }: { origins: string[] }) {
        await tick();
        return origins.every((origin) => granted.has(origin));
      },
    },
  });
});

const ruleFor = (id: string, host: string, extra: object = {}) => ({
  id,
  name: id,
  host,
  urlPattern: '/c/(?<candidateId>\\d+)',
  template: '{candidateId}',
  ...extra,
});

describe('syncRuleScripts', () => {
  it('serialises overlapping runs: no duplicate-id failure, and the last rules win', async () => {
    granted = new Set(['https://one.example.com/*', 'https://two.example.com/*']);
    await customRulesItem.setValue([ruleFor('one', 'one.example.com')]);
    await syncRuleScripts();
    // A rules change and a permission grant fire together (the two triggers in the worker).
    await customRulesItem.setValue([ruleFor('one', 'one.example.com'), ruleFor('two', 'two.example.com')]);
    const runs = [syncRuleScripts(), syncRuleScripts(), syncRuleScripts()];
    await expect(Promise.all(runs)).resolves.toBeDefined();
    expect(registered).toEqual([{ id: 'custom-rules', matches: ['https://one.example.com/*', 'https://two.example.com/*'] }]);
  });

  it('registers only hosts that were granted, and unregisters when none is left', async () => {
    granted = new Set(['https://one.example.com/*']);
    await customRulesItem.setValue([ruleFor('one', 'one.example.com'), ruleFor('two', 'two.example.com')]);
    await syncRuleScripts();
    expect(registered.map((script) => script.matches)).toEqual([['https://one.example.com/*']]);
    await customRulesItem.setValue([]);
    await syncRuleScripts();
    expect(registered).toEqual([]);
  });
});

describe('a rule on a shipped ATS host', () => {
  it("registers no second detector there: the manifest's content script runs on it and asks for the rules", async () => {
    granted = new Set(['https://app.greenhouse.io/*', 'https://one.example.com/*']);
    await customRulesItem.setValue([ruleFor('gh', 'app.greenhouse.io'), ruleFor('one', 'one.example.com')]);
    await syncRuleScripts();
    expect(registered.map((script) => script.matches)).toEqual([['https://one.example.com/*']]);
  });
});

describe('open tabs when a rule is saved or its host allowed', () => {
  it('get the detector at once, on a rule host and on a shipped host a rule covers, and only where allowed', async () => {
    openTabs = [
      { id: 1, url: 'https://one.example.com/c/77' },
      { id: 2, url: 'https://app.greenhouse.io/v2/person/5' },
      { id: 3, url: 'https://two.example.com/c/9' },
      { id: 4, url: 'https://elsewhere.example.com/c/1' },
    ];
    granted = new Set(['https://one.example.com/*', 'https://app.greenhouse.io/*']);
    await customRulesItem.setValue([ruleFor('one', 'one.example.com'), ruleFor('gh', 'app.greenhouse.io'), ruleFor('two', 'two.example.com')]);
    await syncRuleScripts();
    expect(injected.sort()).toEqual([1, 2]);
    // The recruiter allows the second host later (the panel's or the settings' "Allow access").
    injected = [];
    granted.add('https://two.example.com/*');
    await syncRuleScripts();
    expect(injected).toContain(3);
    expect(injected).not.toContain(4);
  });
});

describe('readRules in the worker', () => {
  it('keeps a rule with a CSS selector and the others when one stored rule is broken', async () => {
    await customRulesItem.setValue([
      ruleFor('url', 'one.example.com'),
      ruleFor('sel', 'two.example.com', { urlPattern: undefined, selector: '[data-candidate-id]', attribute: 'data-candidate-id', template: '{pageId}' }),
      ruleFor('broken', 'three.example.com', { template: 'no id' }),
    ]);
    expect((await readRules()).map((rule) => rule.id)).toEqual(['url', 'sel']);
  });
});
