import { describe, expect, it } from 'vitest';
import { candidateEmails, MAX_PAGE_EMAILS } from './profile-email';

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
