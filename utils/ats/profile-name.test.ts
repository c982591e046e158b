import { describe, expect, it } from 'vitest';
import { detectPage } from '../content/detect-page';
import { candidateName, NAME_TEXT } from './profile-name';

const page = (body: string, title = '') => new DOMParser().parseFromString(`<!doctype html><title>${title}</title><body>${body}</body>`, 'text/html');
const GREENHOUSE = 'https://app.greenhouse.io/people/4012345002/applications/5123456002';
const LEVER = 'https://hire.lever.co/candidates/d4e5f6a7-b8c9-4d0e-8f1a-2b3c4d5e6f70';
const SMARTRECRUITERS = 'https://www.smartrecruiters.com/app/people/applications/7c9e6679-7425-40de-944b-e07fc1f90a01';
const nameOn = (href: string, doc: Document) => detectPage(new URL(href), doc)?.name;

describe('candidateName', () => {
  it('reads text only, whitespace collapsed: markup inside the name is not sent', () => {
    const doc = page('<main><h1 class="person-name">\n  Kendall <b>Euro</b>house<img src=x onerror="alert(1)">\n</h1></main>');
    expect(nameOn(GREENHOUSE, doc)).toBe('Kendall Eurohouse');
  });

  it('reads nothing where the text itself is markup, an address, a count or a control character', () => {
    for (const text of ['&lt;img src=x onerror=alert(1)&gt;', 'kendall@example.com', 'Candidates (42)', 'Kendall\u0007Eurohouse'])
      expect(nameOn(GREENHOUSE, page(`<h1 data-test="candidate-name">${text}</h1>`)), text).toBeUndefined();
  });

  it('reads nothing from a huge string: it is not one person’s name (never a cut one)', () => {
    expect(nameOn(GREENHOUSE, page(`<h1 class="person-name">${'Kendall '.repeat(20_000)}</h1>`))).toBeUndefined();
    expect(nameOn(GREENHOUSE, page(`<h1 class="person-name">${'K'.repeat(121)}</h1>`))).toBeUndefined();
    expect(nameOn(GREENHOUSE, page(`<h1 class="person-name">${'K'.repeat(120)}</h1>`))).toBe('K'.repeat(120));
  });

  it("leaves out the app's top bar, hidden markup, notes and the adapter's own regions (scorecards)", () => {
    const doc = page(`
      <header><div class="user"><span class="person-name">Recruiter One</span></div></header>
      <nav><span class="person-name">Recruiter Two</span></nav>
      <div hidden><h1 class="person-name">Old Candidate</h1></div>
      <div data-provides="activity-feed"><span class="person-name">Hiring Manager</span></div>
      <div data-provides="scorecard"><span class="person-name">Interviewer Three</span></div>
      <main><article><header><h1 class="person-name">Riley Sample</h1></header></article></main>`);
    expect(nameOn(GREENHOUSE, doc)).toBe('Riley Sample');
  });

  it('takes the first place found on the page and does not look further when it is not a name', () => {
    expect(nameOn(GREENHOUSE, page('<h2 class="person-name">Interview 2</h2><h1 class="person-name">Riley Sample</h1>'))).toBeUndefined();
  });

  it('reads nothing on an adapter that does not know where its page shows the name (no first-heading guess)', () => {
    const doc = page('<main><h1>Candidates</h1><h2 data-test="candidate-name">Robin Example</h2></main>', 'Robin Example - Teamtailor');
    expect(nameOn('https://app.teamtailor.com/companies/aB3dE5fG7hJ/candidates/2345601', doc)).toBeUndefined();
    expect(candidateName(doc.body, {})).toBeUndefined();
  });

  it('reads the SmartRecruiters name from its custom element child', () => {
    expect(
      nameOn(SMARTRECRUITERS, page('<div id="st-candidateView"><h1 id="st-applicantName"><spl-truncate> Lane  Applicant </spl-truncate></h1></div>')),
    ).toBe('Lane Applicant');
  });
});

describe('candidateName from the card that links this candidate (Workable pipeline)', () => {
  const WORKABLE = 'https://acme.workable.com/backend/jobs/4087255/browser/applied/candidate/';
  const card = (id: string, name: string) =>
    `<div data-ui="candidate-card"><a href="/backend/jobs/4087255/browser/applied/candidate/${id}"><span data-ui="candidate-name">${name}</span></a></div>`;
  const list = (...cards: string[]) =>
    page(`<div data-ui="results-container">${cards.join('')}</div><main><h1 data-ui="candidate-name">Heading Guess</h1></main>`);

  it("is the name in the card whose link is the URL's candidate, wherever that card sits in the list", () => {
    expect(nameOn(`${WORKABLE}370680622`, list(card('370680621', 'Jordan Otherrow'), card('370680622', 'Sam Cardholder')))).toBe('Sam Cardholder');
    expect(nameOn(`${WORKABLE}8f2c1e9a7b`, list(card('8F2C1E9A7B', 'Drew Hexample')))).toBe('Drew Hexample');
  });

  it("nothing when the list does not show this candidate's card: never another card, a longer id or a heading", () => {
    expect(nameOn(`${WORKABLE}370680622`, list(card('370680621', 'Jordan Otherrow'), card('1370680622', 'Ids Endalike')))).toBeUndefined();
  });

  it('reads the id the adapter found, and nothing without it', () => {
    const doc = list(card('370680622', 'Sam Cardholder'));
    const workable = { nameAt: '[data-ui="candidate-card"] a[href$="/candidate/{candidateId}" i] [data-ui="candidate-name"]' };
    expect(candidateName(doc.body, workable, [{ key: 'candidateId', value: '370680622' }])).toBe('Sam Cardholder');
    expect(candidateName(doc.body, workable, [{ key: 'personId', value: '370680622' }])).toBeUndefined();
    expect(candidateName(doc.body, workable)).toBeUndefined();
  });
});

describe('candidateName over a list (Lever flyover)', () => {
  const rows = `<section class="candidate-list"><div class="candidate-row"><h1>Alex Demo</h1></div>
    <div class="candidate-row"><span data-test="candidate-name">Casey Pending</span></div></section>`;
  const flyover = (heading: string) =>
    `<div class="flyover" role="dialog"><div class="next-prev-container"><a href="#">‹ Alex Demo</a></div><main><h1>${heading}</h1></main></div>`;

  it("is the flyover's heading when the page title names the same candidate", () => {
    expect(nameOn(LEVER, page(rows + flyover('Emery Flyover'), 'Emery Flyover – Lever Hire'))).toBe('Emery Flyover');
  });

  it("never a list row's name: not when the title still names the last candidate, nor without a flyover", () => {
    expect(nameOn(LEVER, page(rows + flyover('Emery Flyover'), 'Alex Demo – Lever Hire'))).toBeUndefined();
    expect(nameOn(LEVER, page(rows, 'Alex Demo – Lever Hire'))).toBeUndefined();
  });

  it('nothing when the title is not a candidate’s (the list’s own title, a section heading)', () => {
    expect(nameOn(LEVER, page(flyover('Candidates'), 'Pipeline – Lever Hire'))).toBeUndefined();
    expect(nameOn(LEVER, page(flyover('Emery Flyover'), 'Lever Hire'))).toBeUndefined();
  });
});

describe('NAME_TEXT (the worker checks the same)', () => {
  it.each(['Kendall Eurohouse', 'Zoë O’Brien-Łukasz', '山田 太郎', 'K'.repeat(120)])('accepts %s', (name) => expect(NAME_TEXT.test(name)).toBe(true));
  it.each(['', 'K'.repeat(121), '<b>x</b>', 'a@b.co', 'Room 101', 'tab\there', 'nul\u0000'])('refuses %j', (name) => expect(NAME_TEXT.test(name)).toBe(false));
});
