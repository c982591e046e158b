import { describe, expect, it } from 'vitest';
import { detectPage } from '../content/detect-page';
import { candidateEmails, MAX_PAGE_EMAILS, profileRegion } from './profile-email';

const page = (body: string) => new DOMParser().parseFromString(`<!doctype html><body>${body}</body>`, 'text/html');

describe('candidateEmails', () => {
  it('reads plain text and mailto links in any case, and says how many came from each', () => {
    const doc = page('<main><p>Email: Riley.Sample@Example.com</p><a href="mailto:R.S%40example.org?subject=Hi">write</a></main>');
    expect(candidateEmails(doc)).toEqual({ emails: ['riley.sample@example.com', 'r.s@example.org'], from: { text: 1, link: 1 } });
  });

  it("leaves out the app's top bar, navigation, menus and hidden markup, but keeps a profile card's own header", () => {
    const doc = page(`
      <header><span>me@acme.example</span></header>
      <div role="banner">banner@acme.example</div><nav>nav@acme.example</nav><div role="menu">menu@acme.example</div>
      <div hidden>hidden@acme.example</div><div aria-hidden="true">aria@acme.example</div>
      <main><article><header>cand@example.com</header></article></main>`);
    expect(candidateEmails(doc).emails).toEqual(['cand@example.com']);
  });

  it("leaves out notes and activity marked with data-* attributes, and the adapter's own regions", () => {
    const doc = page(`<main><p>cand@example.com</p><section data-provides="activity-feed">hm@acme.example</section>
      <div data-test="notes-list"><a href="mailto:note@acme.example">x</a></div><div data-x="scorecard">iv@acme.example</div></main>`);
    expect(candidateEmails(doc).emails).toEqual(['cand@example.com', 'iv@acme.example']);
    expect(candidateEmails(doc, '[data-x="scorecard"]').emails).toEqual(['cand@example.com']);
  });

  it(`keeps at most ${MAX_PAGE_EMAILS} addresses, and no malformed mailto`, () => {
    const many = Array.from({ length: 40 }, (_, i) => `<p>p${i}@example.com</p>`).join('');
    expect(candidateEmails(page(`<main>${many}<a href="mailto:%E0%A4%A">x</a></main>`)).emails).toHaveLength(MAX_PAGE_EMAILS);
    expect(candidateEmails(page('<a href="mailto:%E0%A4%A">x</a><a href="mailto:not-an-address">y</a>')).emails).toEqual([]);
  });
});

describe('profileRegion: a profile opened over a list', () => {
  const overList = { path: /\/right-side\//, regions: ['[data-testid="panel"]', '[role="dialog"]'] };
  const rows = '<ul><li>other.one@example.com</li><li><a href="mailto:other.two@example.com">Other Two</a></li></ul>';

  it('is the whole page where the profile is its own page', () => {
    const doc = page(rows);
    expect(profileRegion(new URL('https://ats.example/candidates/1'), doc, overList)).toBe(doc.body);
    expect(profileRegion(new URL('https://ats.example/right-side/candidates/1'), doc)).toBe(doc.body);
  });

  it('is the first visible container the ATS marks, in the order given, and its own header counts', () => {
    const doc = page(`${rows}<div role="dialog" hidden>old@example.com</div><div role="dialog"><header>cand@example.com</header></div>`);
    const region = profileRegion(new URL('https://ats.example/list/right-side/candidates/1'), doc, overList);
    expect(region?.textContent).toBe('cand@example.com');
    expect(candidateEmails(region!).emails).toEqual(['cand@example.com']);
    const marked = page(`<div role="dialog">menu@example.com</div><section data-testid="panel">cand@example.com</section>`);
    expect(profileRegion(new URL('https://ats.example/right-side/x'), marked, overList)?.textContent).toBe('cand@example.com');
  });

  it("is not found when nothing marks it, and then no list row's address (nor Xobin link) is the candidate's", () => {
    const doc = page(`${rows}<a href="https://app.xobin.com/ai-interviews/candidate/report/979560">report</a><div class="profile_x1">cand@example.com</div>`);
    const detection = detectPage(new URL('https://hire.lever.co/candidates/8f1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b'), doc);
    expect(detection).toMatchObject({ ats: 'lever', ids: [{ key: 'opportunityId', value: '8f1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b' }], responseIds: [] });
    expect(detection?.emails).toBeUndefined();
  });
});
