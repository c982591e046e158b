import { describe, expect, it, vi } from 'vitest';
import { buildLookups } from './lookups';
import { applyRule, checkRule, checkRuleList, checkTemplates, readableRules, ruleAdapter, type CustomRule } from './rules';

const rule: CustomRule = {
  id: 'acme',
  name: 'Acme ATS',
  host: 'ats.acme.example',
  urlPattern: '/talent/(?<candidateId>\\d+)(?:/apps/(?<appId>\\d+))?',
  template: 'ACME-{candidateId}',
};
const blank = () => new DOMParser().parseFromString('<html><body></body></html>', 'text/html');

describe('applyRule', () => {
  it('reads named groups from the URL', () => {
    expect(applyRule(rule, new URL('https://ats.acme.example/talent/77123/apps/9'), blank())).toEqual({
      ids: [
        { key: 'candidateId', value: '77123' },
        { key: 'appId', value: '9' },
      ],
    });
  });

  it('reads an id from the page through a selector and attribute, and ignores unsafe values', () => {
    const doc = new DOMParser().parseFromString('<div id="c" data-cand="A-42"></div><span class="x">&lt;b&gt;</span>', 'text/html');
    const bySelector = { ...rule, urlPattern: undefined, selector: '#c', attribute: 'data-cand', template: '{pageId}' };
    expect(applyRule(bySelector, new URL('https://ats.acme.example/any'), doc)).toEqual({ ids: [{ key: 'pageId', value: 'A-42' }] });
    expect(applyRule({ ...bySelector, selector: '.x', attribute: undefined }, new URL('https://ats.acme.example/any'), doc)).toBeNull();
  });

  it('yields nothing on pages the pattern does not describe', () => {
    expect(applyRule(rule, new URL('https://ats.acme.example/talent'), blank())).toBeNull();
  });

  it('becomes an adapter whose template drives the lookups', () => {
    const adapter = ruleAdapter(rule);
    expect(adapter.id).toBe('custom-acme');
    expect(adapter.matches).toEqual(['https://ats.acme.example/*']);
    const found = adapter.detect(new URL('https://ats.acme.example/talent/5'), blank())!;
    expect(buildLookups({ ats: adapter.id, ...found, responseIds: [] }, adapter).map((l) => l.value)).toEqual(['ACME-5']);
  });
});

describe('checkRule', () => {
  it('accepts a complete rule and normalises a pasted host', () => {
    expect(checkRule({ ...rule, host: 'https://ATS.acme.example/login' })).toEqual({ ok: true, rule: { ...rule, selector: undefined, attribute: undefined } });
  });

  it.each([
    ['a broken regular expression', { urlPattern: '/talent/(?<id>\\d+' }, 'urlPattern', /not a valid regular expression/],
    ['a pattern without a named group', { urlPattern: '/talent/(\\d+)' }, 'urlPattern', /named group/],
    ['a template using an id the rule does not read', { template: 'X-{personId}' }, 'template', /\{personId\}.*\{candidateId\}/],
    ['a template with no id', { template: 'ACME' }, 'template', /must use an id/],
    ['a host with a path or scheme only', { host: 'not a host' }, 'host', /host name/],
    ['no pattern and no selector', { urlPattern: '' }, 'urlPattern', /URL pattern, a CSS selector/],
    ['a bad selector', { selector: 'div[', urlPattern: '' }, 'selector', /CSS selector/],
    ['no name', { name: '' }, 'name', /name/],
    ['a wildcard over a country suffix', { host: '*.co.uk' }, 'host', /every site under a public domain ending/],
    ['a wildcard over a hosting platform', { host: '*.github.io' }, 'host', /every site under a public domain ending/],
    ['a public suffix as the host', { host: 'com.au' }, 'host', /public domain ending/],
  ])('explains %s', (_what, change, field, message) => {
    const checked = checkRule({ ...rule, ...change });
    expect(checked.ok).toBe(false);
    if (!checked.ok) {
      expect(checked.field).toBe(field);
      expect(checked.message).toMatch(message);
    }
  });
});

describe('checkRule hosts under public suffixes', () => {
  it.each(['*.example.co.uk', 'ats.example.co.uk', '*.acme.github.io', 'hire.acme.com.au', '*.acme.example', 'web.de'])(
    'accepts an organisation’s own host %s',
    (host) => {
      expect(checkRule({ ...rule, host })).toMatchObject({ ok: true });
    },
  );

  it.each(['*.co.uk', '*.org.uk', '*.com.au', '*.co.jp', '*.com.br', '*.github.io', '*.herokuapp.com', '*.vercel.app', 'co.uk', '*.com'])(
    'refuses %s',
    (host) => {
      expect(checkRule({ ...rule, host })).toMatchObject({ ok: false, field: 'host' });
    },
  );
});

describe('checkRuleList (import)', () => {
  it('accepts an exported file and rejects duplicates with the rule number', () => {
    expect(checkRuleList({ rules: [rule] })).toMatchObject({ ok: true, rules: [{ id: 'acme' }] });
    expect(checkRuleList([rule, rule])).toEqual({ ok: false, message: 'Rule 2: the id "acme" is used twice.' });
    expect(checkRuleList('nope')).toMatchObject({ ok: false });
    expect(checkRuleList([{ ...rule, template: 'X' }])).toMatchObject({ ok: false, message: expect.stringMatching(/^Rule 1:/) });
  });
});

describe('rules with a CSS selector where there is no DOM (the MV3 service worker)', () => {
  const bySelector = { ...rule, id: 'sel', urlPattern: undefined, selector: '#candidate', attribute: 'data-id', template: '{pageId}' };

  it('keeps the rule: selectors are checked where a DOM exists, not rejected for the lack of one', () => {
    vi.stubGlobal('document', undefined);
    try {
      expect(typeof document).toBe('undefined');
      expect(checkRule(bySelector)).toMatchObject({ ok: true });
      expect(readableRules([rule, bySelector]).rules.map((r) => r.id)).toEqual(['acme', 'sel']);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('a selector that slipped through fails on the page alone, without throwing', () => {
    const broken = { ...bySelector, selector: 'div[' };
    expect(() => applyRule(broken, new URL('https://ats.acme.example/any'), blank())).not.toThrow();
    expect(applyRule({ ...broken, urlPattern: '/t/(?<candidateId>\\d+)' }, new URL('https://ats.acme.example/t/5'), blank())).toEqual({
      ids: [{ key: 'candidateId', value: '5' }],
    });
  });
});

describe('readableRules (stored rules read back)', () => {
  it('leaves out only the rule that no longer passes, with the reason, and keeps every other', () => {
    const other = { ...rule, id: 'other', host: 'other.example.com' };
    const read = readableRules([rule, { ...rule, id: 'bad', template: 'X' }, 'junk', other, { ...other }]);
    expect(read.rules.map((r) => r.id)).toEqual(['acme', 'other']);
    expect(read.skipped).toEqual([
      expect.stringMatching(/^Rule 2: The template/),
      expect.stringMatching(/^Rule 3: .*must be an object/),
      'Rule 5: the id "other" is used twice.',
    ]);
    expect(readableRules('not a list')).toEqual({ rules: [], skipped: [] });
  });
});

describe('checkTemplates', () => {
  it('accepts prefixed templates over known ids and names the problem otherwise', () => {
    expect(checkTemplates(['GH-{applicationId}', '{personId}'], ['applicationId', 'personId'])).toBeUndefined();
    expect(checkTemplates(['{candidate}'], ['personId'])).toMatch(/\{candidate\} is not an id/);
    expect(checkTemplates([], ['personId'])).toMatch(/at least one/);
    expect(checkTemplates(['fixed'], ['personId'])).toMatch(/uses no id/);
  });
});
