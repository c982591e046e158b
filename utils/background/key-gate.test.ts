import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fetchReport } from '../api/client';
import { completedBody } from '../api/sample-reports';
import { baseUrlItem } from '../storage';
import { keyMayGoTo } from './key-gate';
import { getReport } from './resolver';
import { apiKeyItem, savedBaseUrlItem } from './secret';
import { testConnection } from './settings';

// Where the key may go. "Written to storage.local" stands for a Firefox content script: it can write
// there, and the fake browser, like Firefox, confirms no isolation (isolation.ts).

const EVIL = 'https://ats.evil.example';
const EU = 'https://eu.xobin.example';
let granted: Set<string>;
let fetchMock: ReturnType<typeof vi.fn>;
const sentTo = () =>
  fetchMock.mock.calls.map(([url, init]) => ({
    origin: new URL(String(url)).origin,
    key: (init as RequestInit & { headers: Record<string, string> }).headers.apiKey,
  }));
const byId = { by: 'response_id', value: '979554' } as const;

beforeEach(async () => {
  fakeBrowser.reset();
  granted = new Set();
  // The fake browser has no permissions API: the recruiter's grants, as Chrome answers contains().
  Object.assign(browser, { permissions: { contains: async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o)) } });
  fetchMock = vi.fn(async () => Response.json(completedBody()));
  vi.stubGlobal('fetch', fetchMock);
  await apiKeyItem.setValue('recruiter-key');
});
afterEach(() => vi.unstubAllGlobals());

describe('keyMayGoTo', () => {
  it('does not trust a base URL written to storage.local, even on an origin the recruiter granted (a rule host)', async () => {
    granted.add(`${EVIL}/*`);
    await baseUrlItem.setValue(`${EVIL}/api`);
    expect(await keyMayGoTo(`${EVIL}/api/ai-interviews/report/1`, 'recruiter-key')).toBe(false);
    // Even a caller handing the client that address directly does not get the key out.
    expect(await fetchReport(byId, { baseUrl: `${EVIL}/api`, apiKey: 'recruiter-key' }, { fetch: fetchMock as typeof fetch })).toEqual({
      ok: false,
      error: { kind: 'no-permission', origin: EVIL },
    });
    expect(await fetchReport(byId, { baseUrl: 'https://app.xobin.com/api/v2', apiKey: 'recruiter-key' }, { fetch: fetchMock as typeof fetch })).toMatchObject({
      ok: true,
    });
    expect(sentTo()).toEqual([{ origin: 'https://app.xobin.com', key: 'recruiter-key' }]);
  });

  it("sends to the base URL saved in the extension's IndexedDB, only while its origin is granted", async () => {
    await savedBaseUrlItem.setValue(`${EU}/api/v2`);
    expect(await keyMayGoTo(`${EU}/api/v2/x`, 'recruiter-key')).toBe(false);
    granted.add(`${EU}/*`);
    expect(await keyMayGoTo(`${EU}/api/v2/x`, 'recruiter-key')).toBe(true);
    expect(await keyMayGoTo('https://app.xobin.com/api/v2/x', 'recruiter-key')).toBe(false); // no longer the address in force
  });

  it('lets Test connection try a granted address that is not saved yet, unless the organisation locked the address', async () => {
    granted.add(`${EU}/*`);
    expect(await keyMayGoTo(`${EU}/api/v2/x`, 'recruiter-key', `${EU}/api/v2`)).toBe(true);
    expect(await keyMayGoTo(`${EVIL}/api/x`, 'recruiter-key', `${EVIL}/api`)).toBe(false); // not granted
    await fakeBrowser.storage.managed.set({ apiBaseUrl: 'https://xobin.acme.example/api/v2', lockedSettings: ['apiBaseUrl'] });
    expect(await keyMayGoTo(`${EU}/api/v2/x`, 'recruiter-key', `${EU}/api/v2`)).toBe(false);
  });

  it("sends the organisation's key only to the organisation's address", async () => {
    await fakeBrowser.storage.managed.set({ apiKey: 'org-policy-key' });
    granted.add(`${EU}/*`);
    await savedBaseUrlItem.setValue(`${EU}/api/v2`); // the recruiter moved the (unlocked) address
    expect(await keyMayGoTo(`${EU}/api/v2/x`, 'org-policy-key')).toBe(false);
    expect(await keyMayGoTo(`${EU}/api/v2/x`, 'recruiter-key')).toBe(true);
  });
});

describe('every caller goes through the gate', () => {
  it('no module but the client puts an apiKey header on a request', () => {
    const root = join(import.meta.dirname, '..', '..');
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) =>
        statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [join(dir, name)] : [],
      );
    const senders = ['utils', 'entrypoints', 'components']
      .flatMap((dir) => files(join(root, dir)))
      .filter((file) => /headers:\s*\{\s*apiKey/.test(readFileSync(file, 'utf8')));
    expect(senders.map((file) => relative(root, file))).toEqual(['utils/api/client.ts']);
  });

  it("a lookup with a caller's stale or forged config does not reach an address that is not in force", async () => {
    granted.add(`${EVIL}/*`);
    const outcome = await getReport(
      byId,
      { baseUrl: `${EVIL}/api`, apiKey: 'recruiter-key' },
      { config: async () => ({ baseUrl: `${EVIL}/api`, apiKey: 'recruiter-key' }) },
      { force: true, unmetered: true },
    );
    expect(outcome).toMatchObject({ ok: false, error: { kind: 'no-permission' } });
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("Test connection with a locked address tests only that address, and never sends the organisation's key elsewhere", async () => {
    fetchMock.mockImplementation(async (_url: string, init: { headers: Record<string, string> }) =>
      init.headers.apiKey === 'org-policy-key'
        ? Response.json({ message: 'no' }, { status: 404 })
        : new Response('{}', { status: 401, headers: { 'Content-Type': 'application/json' } }),
    );
    granted.add(`${EU}/*`).add('https://xobin.acme.example/*');
    await fakeBrowser.storage.managed.set({ apiBaseUrl: 'https://xobin.acme.example/api/v2', apiKey: 'org-policy-key', lockedSettings: ['apiBaseUrl'] });
    expect(await testConnection({ baseUrl: `${EU}/api/v2` })).toMatchObject({ ok: true });
    expect(new Set(sentTo().map((s) => s.origin))).toEqual(new Set(['https://xobin.acme.example']));
    // Unlocked: the organisation's key is still not tried on the recruiter's address.
    fetchMock.mockClear();
    await fakeBrowser.storage.managed.set({ apiBaseUrl: 'https://xobin.acme.example/api/v2', apiKey: 'org-policy-key', lockedSettings: [] });
    await apiKeyItem.removeValue();
    expect((await testConnection({ baseUrl: `${EU}/api/v2` })).message).toMatch(/only to your organisation's API address/);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('Test connection sends the saved key only to the address in force or a granted one being tried', async () => {
    fetchMock.mockImplementation(async () => new Response('{}', { status: 401, headers: { 'Content-Type': 'application/json' } }));
    expect((await testConnection({ baseUrl: `${EVIL}/api` })).message).toMatch(/allow access/);
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
