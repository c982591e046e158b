import { afterAll, beforeAll, expect, it } from 'vitest';
import { API_KEY, startHarness, type Harness } from './helpers';

// Issue 9 item 9: "Test connection" in real Chromium against the mock API. A wrong base path used to
// count as connected because the 404 it answers looks like "no such report".

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

async function testConnection(baseUrl: string, apiKey: string): Promise<{ ok: boolean; message: string }> {
  const page = await h.ext.context.newPage();
  try {
    // The settings page's own message, sent from an extension page as the settings form does.
    await page.goto(`chrome-extension://${h.ext.extensionId}/options.html`, { waitUntil: 'commit' });
    return await page.evaluate((message) => chrome.runtime.sendMessage(message), { type: 'settings:test', baseUrl, apiKey });
  } finally {
    await page.close();
  }
}

it('connects with the default base URL and a valid key; refuses a wrong key', async () => {
  h.mock.reset();
  expect(await testConnection('https://app.xobin.com/api/v2', API_KEY)).toEqual({ ok: true, message: 'Connected: Xobin accepted the key.' });
  expect(h.mock.requests.filter((r) => r.host === 'app.xobin.com').map((r) => [r.path, r.hasValidKey, r.status])).toEqual([
    ['/api/v2/ai-interviews/report/0', false, 401],
    ['/api/v2/ai-interviews/report/0', true, 404],
  ]);
  expect(await testConnection('https://app.xobin.com/api/v2', 'not-the-key')).toMatchObject({
    ok: false,
    message: expect.stringMatching(/refused this key \(HTTP 401\)/),
  });
});

it('does not say "connected" for a wrong base path, and the key never goes there', async () => {
  h.mock.reset();
  const result = await testConnection('https://app.xobin.com/api/v1', API_KEY);
  expect(result.ok).toBe(false);
  expect(result.message).toMatch(/not as Xobin's report API does/);
  expect(h.mock.requests.filter((r) => r.host === 'app.xobin.com').map((r) => [r.path, r.carriesKey])).toEqual([['/api/v1/ai-interviews/report/0', false]]);
});
