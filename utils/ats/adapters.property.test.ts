import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectPage } from '../content/detect-page';
import { adapters } from './index';

const blank = new DOMParser().parseFromString('<html><body></body></html>', 'text/html');
const SAFE = /^[\w.@:+-]{1,200}$/;

/** Concrete hosts for each adapter's match patterns (wildcards filled with a plausible subdomain). */
const hosts = [...new Set(adapters.flatMap((a) => a.matches.map((p) => /^https?:\/\/([^/]+)/.exec(p)![1]!.replace('*.', 'acme.'))))];
const segment = fc.oneof(fc.stringMatching(/^[a-z]{1,10}$/), fc.stringMatching(/^\d{1,12}$/), fc.uuid(), fc.string({ maxLength: 12 }).map(encodeURIComponent));
const path = fc.array(segment, { maxLength: 6 }).map((parts) => `/${parts.join('/')}`);
const query = fc.dictionary(
  fc.constantFrom('application_id', 'candidate', 'id', 'Entity', 'module', 'company', 'x'),
  fc.oneof(fc.stringMatching(/^\d{1,8}$/), fc.string({ maxLength: 8 })),
);
const atsUrl = fc.tuple(fc.constantFrom(...hosts), path, query, fc.option(fc.string({ maxLength: 20 }))).map(([host, p, q, hash]) => {
  const url = new URL(`https://${host}${p}`);
  for (const [key, value] of Object.entries(q)) url.searchParams.set(key, value);
  if (hash) url.hash = hash;
  return url;
});

describe('adapters under arbitrary URLs', () => {
  it('never throw, and every id they return is a safe token that appears in the URL itself', () => {
    fc.assert(
      fc.property(atsUrl, (url) => {
        const detection = detectPage(url, blank);
        if (!detection) return;
        const href = decodeURIComponent(url.href).toLowerCase();
        for (const { value } of detection.ids) {
          expect(value).toMatch(SAFE);
          expect(href).toContain(value.toLowerCase());
        }
      }),
      { numRuns: 3000 },
    );
  }, 30_000);

  it('never detect a candidate on a host they do not cover', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (href) => {
        const url = new URL(href);
        fc.pre(!hosts.some((host) => url.hostname === host || url.hostname.endsWith(host.replace(/^acme\./, '.'))));
        expect(detectPage(url, blank)).toBeNull();
      }),
      { numRuns: 400 }, // generating web URLs dominates; 400 still covers every scheme/host shape
    );
  }, 30_000);

  it('never detect a candidate on list, job or settings pages', () => {
    const nonProfile = fc.tuple(
      fc.constantFrom(...hosts),
      fc.constantFrom('/jobs', '/settings', '/dashboard', '/reports', '/people', '/candidates', '/app/people', '/hiring/candidates', '/', '/login'),
    );
    fc.assert(
      fc.property(nonProfile, fc.option(fc.constantFrom('?page=2', '?sort=name', '?stage=new')), ([host, p], q) => {
        expect(detectPage(new URL(`https://${host}${p}${q ?? ''}`), blank)).toBeNull();
      }),
    );
  });
});
