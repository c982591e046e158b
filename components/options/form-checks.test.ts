import { describe, expect, it } from 'vitest';
import { DEFAULT_BASE_URL } from '../../utils/api/constants';
import { checkForm, needsPermission } from './form-checks';

describe('checkForm', () => {
  it('trims the key and normalises the base URL', () => {
    expect(checkForm({ apiKey: ' k1 ', baseUrl: 'https://app.xobin.com/api/v2/' }, true)).toEqual({
      ok: true,
      baseUrl: DEFAULT_BASE_URL,
      origin: 'https://app.xobin.com',
      apiKey: 'k1',
    });
  });

  it('treats an empty base URL as the default', () => {
    expect(checkForm({ apiKey: 'k', baseUrl: '  ' }, true)).toMatchObject({ ok: true, baseUrl: DEFAULT_BASE_URL });
  });

  it('leaves the key out when the field is empty and a key is saved', () => {
    const checked = checkForm({ apiKey: '   ', baseUrl: DEFAULT_BASE_URL }, false);
    expect(checked).toEqual({ ok: true, baseUrl: DEFAULT_BASE_URL, origin: 'https://app.xobin.com' });
  });

  it('requires a key when none is saved, and reports both fields at once', () => {
    expect(checkForm({ apiKey: '', baseUrl: 'ftp://x' }, true)).toEqual({
      ok: false,
      errors: { apiKey: 'Paste the API key.', baseUrl: expect.stringMatching(/https:\/\//) },
    });
  });

  it('allows plain http only for a local server', () => {
    expect(checkForm({ apiKey: 'k', baseUrl: 'http://localhost:4010/api/v2' }, true)).toMatchObject({ ok: true, origin: 'http://localhost:4010' });
    expect(checkForm({ apiKey: 'k', baseUrl: 'http://xobin.example/api/v2' }, true)).toMatchObject({ ok: false });
  });
});

describe('needsPermission', () => {
  it('is false only for the origin the manifest already grants', () => {
    expect(needsPermission('https://app.xobin.com')).toBe(false);
    expect(needsPermission('https://eu.xobin.example')).toBe(true);
    expect(needsPermission('http://localhost:4010')).toBe(true);
  });
});
