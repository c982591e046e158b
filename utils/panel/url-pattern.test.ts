import { describe, expect, it } from 'vitest';
import { applyRule } from '../rules';
import { maskId, urlToPattern } from './url-pattern';

const blank = document.implementation.createHTMLDocument('');
const idsOf = (pattern: string, href: string) =>
  applyRule({ id: 'x', name: 'x', host: new URL(href).hostname, urlPattern: pattern, template: '{x}' }, new URL(href), blank)?.ids ?? null;

describe('urlToPattern', () => {
  it.each([
    [
      'numeric ids',
      'https://app.greenhouse.io/people/4012345002/applications/5123456002',
      '/people/(?<personId>\\d+)/applications/(?<applicationId>\\d+)(?:[/?#]|$)',
      { personId: '4012345002', applicationId: '5123456002' },
    ],
    [
      'a uuid',
      'https://jobs.example.com/candidates/0f8fad5b-d9cb-469f-a165-70867728950e/overview',
      '/candidates/(?<candidateId>[\\da-fA-F-]{36})/overview(?:[/?#]|$)',
      { candidateId: '0f8fad5b-d9cb-469f-a165-70867728950e' },
    ],
    [
      'a hex id',
      'https://ats.example.com/talent/64b7f0c2a9e4d3f1b2c5a6e7',
      '/talent/(?<talentId>[\\da-fA-F]+)(?:[/?#]|$)',
      { talentId: '64b7f0c2a9e4d3f1b2c5a6e7' },
    ],
  ])('turns %s into named groups and reads them back through a rule', (_, href, pattern, ids) => {
    const shape = urlToPattern(href);
    expect(shape.pattern).toBe(pattern);
    expect(Object.fromEntries(shape.groups.map((group) => [group.name, group.value]))).toEqual(ids);
    expect(idsOf(shape.pattern, href)?.map((id) => [id.key, id.value])).toEqual(Object.entries(ids));
  });

  it('keeps the rest literal and escaped: a dot or a plus in the path matches only itself', () => {
    const shape = urlToPattern('https://x.example.com/c.v+2/(new)/991');
    expect(shape.pattern).toBe('/c\\.v\\+2/\\(new\\)/(?<id>\\d+)(?:[/?#]|$)');
    expect(idsOf(shape.pattern, 'https://x.example.com/c.v+2/(new)/992')).toEqual([{ key: 'id', value: '992' }]);
    expect(idsOf(shape.pattern, 'https://x.example.com/cXv+2/(new)/992')).toBeNull();
    expect(idsOf(shape.pattern, 'https://x.example.com/c.v+2/(new)/992abc')).toBeNull();
  });

  it('leaves words made of hex letters alone, and names repeated groups apart', () => {
    expect(urlToPattern('https://x.example.com/accessed/facade').groups).toEqual([]);
    expect(urlToPattern('https://x.example.com/a/1/2').groups.map((group) => group.name)).toEqual(['aId', 'id']);
    expect(urlToPattern('https://x.example.com/jobs/1/jobs/2').groups.map((group) => group.name)).toEqual(['jobId', 'jobId2']);
  });

  it('reads ids in the query after the path, with other parameters around them', () => {
    const shape = urlToPattern('https://app.greenhouse.io/people/4012345002?src=list&application_id=5123456002&tab=notes');
    expect(shape.pattern).toBe('/people/(?<personId>\\d+)(?=[/?#]|$)[^#]*?[?&]application_id=(?<applicationId>\\d+)');
    expect(idsOf(shape.pattern, 'https://app.greenhouse.io/people/1?application_id=2')).toEqual([
      { key: 'personId', value: '1' },
      { key: 'applicationId', value: '2' },
    ]);
    expect(shape.shape).toBe('https://app.greenhouse.io/people/{personId}?src=…&application_id=…&tab=…');
  });

  it.each([
    ['a path', 'https://ats.example.com/#/candidates/123', { candidateId: '123' }, 'https://ats.example.com/#/candidates/{candidateId}'],
    ['a query', 'https://app.recruitee.com/#/candidates?candidate=4410', { candidateId: '4410' }, 'https://app.recruitee.com/#/candidates?candidate=…'],
    ['a "#!" prefix', 'https://ats.example.com/app/#!/people/77/overview', { personId: '77' }, 'https://ats.example.com/app/#!/people/{personId}/overview'],
    [
      'two ids',
      'https://acme.keka.com/#/hire/candidate/job/5512/88123/summary',
      { jobId: '5512', id: '88123' },
      'https://acme.keka.com/#/hire/candidate/job/{jobId}/{id}/summary',
    ],
  ])('reads a hash-routed address (%s) after its "#", and a rule made from it reads it back', (_, href, ids, shape) => {
    const made = urlToPattern(href);
    expect(Object.fromEntries(made.groups.map((group) => [group.name, group.value]))).toEqual(ids);
    expect(made.shape).toBe(shape);
    expect(idsOf(made.pattern, href)).toEqual(Object.entries(ids).map(([key, value]) => ({ key, value })));
    // Another candidate's address on the same route, and not a list or another route.
    const sibling = href.replace(/\d{2,}(?!.*\d{2,})/, '909');
    expect(idsOf(made.pattern, sibling)).not.toBeNull();
    expect(idsOf(made.pattern, href.replace(/#.*$/, '#/dashboard'))).toBeNull();
  });

  it('masks literal segments that carry digits in the shape people read', () => {
    expect(urlToPattern('https://x.example.com/p/CAND-2025-001').shape).toBe('https://x.example.com/p/****-####-###');
    expect(urlToPattern('https://x.example.com/v2/p/7').shape).toBe('https://x.example.com/v2/p/{pId}');
  });
});

describe('maskId', () => {
  it('keeps the shape of an id, not its characters', () => {
    expect(maskId('ACME-77123')).toBe('****-#####');
    expect(maskId('jamie@example.com')).toBe('*****@*******.***');
  });
});
