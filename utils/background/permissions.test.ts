import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { customRulesItem } from '../storage';
import { savedBaseUrlItem } from './secret';
import { releaseOrigins } from './permissions';

// The fake browser has no `permissions` and no manifest. This stand-in keeps Chrome's behaviour that
// matters: removing a required origin is refused (and a batch containing one removes nothing).
const MANIFEST = {
  host_permissions: ['https://app.xobin.com/*', 'https://app.greenhouse.io/*'],
  content_scripts: [{ matches: ['https://*.workable.com/backend*'] }],
};
let granted: Set<string>;

beforeEach(() => {
  fakeBrowser.reset();
  granted = new Set([...MANIFEST.host_permissions, ...MANIFEST.content_scripts[0]!.matches]);
  Object.assign(browser.runtime, { getManifest: () => MANIFEST });
  Object.assign(browser, {
    permissions: {
      getAll: async () => ({ origins: [...granted], permissions: [] }),
      remove: async ({ origins }: { origins: string[] }) => {
        const required = new Set([...MANIFEST.host_permissions, ...MANIFEST.content_scripts[0]!.matches]);
        if (origins.some((origin) => required.has(origin))) throw new Error('You cannot remove required permissions.');
        for (const origin of origins) granted.delete(origin);
        return true;
      },
    },
  });
});

const ruleFor = (id: string, host: string) => ({ id, name: id, host, urlPattern: '/c/(?<candidateId>\\d+)', template: '{candidateId}' });

describe('releaseOrigins', () => {
  it('gives back a rule host once no rule needs it, and keeps hosts other rules still use', async () => {
    granted.add('https://one.example.com/*').add('https://two.example.com/*');
    await customRulesItem.setValue([ruleFor('again', 'two.example.com')]); // "one" and "two" removed, "two" still has a rule
    await releaseOrigins(['https://one.example.com/*', 'https://two.example.com/*']);
    expect(granted).not.toContain('https://one.example.com/*');
    expect(granted).toContain('https://two.example.com/*');

    await customRulesItem.setValue([]);
    await releaseOrigins(['https://two.example.com/*']);
    expect(granted).not.toContain('https://two.example.com/*');
  });

  it('never takes back a host that no change dropped (just allowed for a rule about to be saved)', async () => {
    granted.add('https://new.example.com/*').add('https://gone.example.com/*');
    await releaseOrigins(['https://gone.example.com/*']);
    expect(granted).toContain('https://new.example.com/*');
    expect(granted).not.toContain('https://gone.example.com/*');
  });

  it('gives back the previous API origin when the base URL moves, and keeps the current one', async () => {
    granted.add('https://xobin.acme.example/*').add('https://old.acme.example/*');
    await savedBaseUrlItem.setValue('https://xobin.acme.example/api/v2');
    await releaseOrigins(['https://old.acme.example/*', 'https://xobin.acme.example/*']);
    expect(granted).toContain('https://xobin.acme.example/*');
    expect(granted).not.toContain('https://old.acme.example/*');
    await savedBaseUrlItem.setValue('https://app.xobin.com/api/v2');
    await releaseOrigins(['https://xobin.acme.example/*']);
    expect(granted).not.toContain('https://xobin.acme.example/*');
  });

  it('never removes the manifest’s own hosts or content-script matches', async () => {
    await releaseOrigins([...granted]);
    expect([...granted].sort()).toEqual(['https://*.workable.com/backend*', 'https://app.greenhouse.io/*', 'https://app.xobin.com/*']);
  });
});
