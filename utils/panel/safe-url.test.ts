import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from './safe-url';

describe('safeHttpUrl', () => {
  it.each([
    ['https://app.xobin.com/report/1', 'https://app.xobin.com/report/1'],
    ['http://example.com', 'http://example.com/'],
    ['  https://cdn.example.com/a.webm?sig=x  ', 'https://cdn.example.com/a.webm?sig=x'],
    ['HTTPS://EXAMPLE.COM/x', 'https://example.com/x'],
  ])('keeps %s', (raw, expected) => {
    expect(safeHttpUrl(raw)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'chrome-extension://abc/options.html',
    'ftp://example.com/a',
    '//example.com/a',
    '/relative/path',
    'not a url',
    '',
    '   ',
    null,
    undefined,
  ])('rejects %s', (raw) => {
    expect(safeHttpUrl(raw)).toBeUndefined();
  });
});
