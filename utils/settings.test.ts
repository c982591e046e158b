import { describe, expect, it } from 'vitest';
import { checkApiKey, checkBaseUrl } from './settings';

describe('checkBaseUrl', () => {
  it.each([
    ['https://app.xobin.com/api/v2', 'https://app.xobin.com/api/v2'],
    ['  https://app.xobin.com/api/v2///  ', 'https://app.xobin.com/api/v2'],
    ['https://XOBIN.example.com:8443/api/v2/', 'https://xobin.example.com:8443/api/v2'],
    ['http://localhost:8080/api', 'http://localhost:8080/api'],
    ['http://127.0.0.1/api', 'http://127.0.0.1/api'],
    ['', 'https://app.xobin.com/api/v2'],
  ])('accepts %j as %s', (input, baseUrl) => {
    expect(checkBaseUrl(input)).toMatchObject({ ok: true, baseUrl });
  });

  it.each([
    ['plain http to a real host, which would send the key in clear', 'http://app.xobin.com/api/v2', /https:\/\//],
    ['http on an address the manifest cannot grant', 'http://[::1]/api', /https:\/\//],
    ['another scheme', 'javascript:alert(1)', /https:\/\//],
    ['credentials in the address', 'https://user:pw@app.xobin.com/api/v2', /user name and password/],
    ['a query', 'https://app.xobin.com/api/v2?apiKey=1', /\? or #/],
    ['not an address', 'app xobin', /full address/],
  ])('refuses %s', (_why, input, message) => {
    const checked = checkBaseUrl(input);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.message).toMatch(message);
  });
});

describe('checkApiKey', () => {
  it('accepts an opaque token and explains what cannot be one', () => {
    expect(checkApiKey(' abc123-XYZ_9 ')).toBeUndefined();
    expect(checkApiKey('')).toMatch(/Paste/);
    expect(checkApiKey('two words')).toMatch(/no spaces/);
    expect(checkApiKey('x'.repeat(600))).toMatch(/too long/);
  });
});
