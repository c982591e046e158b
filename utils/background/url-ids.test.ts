import { describe, expect, it } from 'vitest';
import { adapterById } from '../ats';
import { adapterFor } from '../content/detect-page';
import { loadFixtures } from '../ats/fixtures';
import { ruleAdapter, type CustomRule } from '../rules';
import { idsFromUrl, MAX_LINKED_RESPONSES, trustedDetection } from './url-ids';

const greenhouse = adapterById('greenhouse')!;
const JORDAN = 'https://app.greenhouse.io/people/4012345002?application_id=5123456002';

describe('ids the worker derives itself', () => {
  // The worker has no DOM: every shipped adapter must find a profile's ids from its URL alone, or the
  // worker would (rightly) refuse the page's claim.
  it.each(
    loadFixtures()
      .filter((fixture) => fixture.expect && !fixture.file.startsWith('custom'))
      .map((fixture) => [fixture.file, fixture] as const),
  )('finds the same ids as the page in the URL of %s', (_file, fixture) => {
    const adapter = adapterFor(new URL(fixture.url));
    expect(adapter, fixture.url).toBeDefined();
    expect(idsFromUrl(adapter!, fixture.url)).toEqual(fixture.expect!.ids);
  });

  it('ignores ids the content script claims that are not in the URL', () => {
    const claimed = {
      ats: 'greenhouse',
      ids: [
        { key: 'applicationId', value: '999999' },
        { key: 'personId', value: '1' },
      ],
      responseIds: [],
      emails: ['a@example.com'],
      emailsFrom: { text: 1, link: 0 },
    };
    expect(trustedDetection(claimed, greenhouse, JORDAN)).toEqual({
      ats: 'greenhouse',
      ids: [
        { key: 'applicationId', value: '5123456002' },
        { key: 'personId', value: '4012345002' },
      ],
      responseIds: [],
      emails: ['a@example.com'],
      emailsFrom: { text: 1, link: 0 },
    });
  });

  it('refuses a claimed candidate on a URL that is not a profile', () => {
    const claimed = { ats: 'greenhouse', ids: [{ key: 'personId', value: '4012345002' }], responseIds: ['979554'] };
    expect(trustedDetection(claimed, greenhouse, 'https://app.greenhouse.io/people')).toBeNull();
  });

  it(`keeps at most ${MAX_LINKED_RESPONSES} report links from the page`, () => {
    const claimed = { ats: 'greenhouse', ids: [{ key: 'personId', value: '4012345002' }], responseIds: ['1', '2', '3', '4', '5', '6', '7', '8'] };
    expect(trustedDetection(claimed, greenhouse, JORDAN)?.responseIds).toEqual(['1', '2', '3']);
  });

  it("takes a rule's selector id from the page only when the rule reads a selector", () => {
    const base: CustomRule = { id: 'acme', name: 'Acme', host: 'ats.acme.example', urlPattern: '/talent/(?<candidateId>\\d+)', template: '{candidateId}' };
    const url = 'https://ats.acme.example/talent/77123';
    const claimed = {
      ats: 'custom-acme',
      ids: [
        { key: 'candidateId', value: '1' },
        { key: 'pageId', value: 'P-9' },
      ],
      responseIds: [],
    };
    expect(trustedDetection(claimed, ruleAdapter(base), url, base)?.ids).toEqual([{ key: 'candidateId', value: '77123' }]);
    const withSelector = { ...base, selector: '#id', template: '{pageId}' };
    expect(trustedDetection(claimed, ruleAdapter(withSelector), url, withSelector)?.ids).toEqual([
      { key: 'candidateId', value: '77123' },
      { key: 'pageId', value: 'P-9' },
    ]);
  });
});
