import { afterAll, beforeAll, expect, it } from 'vitest';
import { fixtureUrl } from '../e2e/helpers';
import { sampleReport } from '../scripts/mock-xobin/server.mjs';
import { API_KEY, openProfile, startFirefoxHarness, waitFor, waitForBadge, waitForSidebar, type FirefoxHarness } from './helpers';

// Issue 20, item 3, in real Firefox ESR: the two cases of e2e/identity.e2e.ts on the Greenhouse
// profile with generated class names and a plain-text email. Neither profile's ids have a report in
// the mock; the only report is the one a link on the page names (Riley Sample's, 979561, score 71).

let h: FirefoxHarness;
beforeAll(async () => {
  h = await startFirefoxHarness({ apiKey: API_KEY });
});
afterAll(() => h?.close());

const warning = () => h.ff.evaluateSidebar<string | null>(`document.querySelector('[data-testid="identity-warning"]')?.textContent ?? null`);
const recent = () =>
  h.ff.evaluateBackground<string[]>(`browser.storage.session.get('recent').then((all) => (all.recent ?? []).map((item) => item.responseId))`);

it("a link to the same person's report (their email as plain text on the page): the score, no warning", async () => {
  const { page, tabId } = await openProfile(h, fixtureUrl('greenhouse-generated-classes.html'));
  await waitForBadge(h, tabId, '71');
  await waitForSidebar(h, { state: 'report', texts: ['Riley Sample'] });
  expect(await warning()).toBeNull();
  await waitFor(async () => (await recent()).includes('979561'));
  await page.close();
});

it("a planted link to another person's report: the identity marker, whose report and why, not in recent candidates", async () => {
  await h.ff.evaluateBackground(`browser.storage.session.set({ recent: [] })`);
  const { page, tabId } = await openProfile(h, fixtureUrl('greenhouse-generated-classes-planted.html'));
  await waitForBadge(h, tabId, '≠');
  expect(await h.ff.evaluateBackground<string>(`browser.browserAction.getTitle({ tabId: ${tabId} })`)).toContain(
    'this report is for riley.sample@example.com, but the profile shows sam.placeholder@example.com',
  );
  await waitForSidebar(h, { state: 'report', texts: ['This report is for riley.sample@example.com — the profile shows sam.placeholder@example.com.'] });
  expect(await warning()).toContain('sam.placeholder@example.com');
  expect(await recent()).toEqual([]);
  await page.close();
});

it("a Lever flyover over the candidate list: a listed other candidate's report is marked, the open candidate's shows its score", async () => {
  // utils/ats/fixtures/lever-flyover.html: Alex and Casey listed with their addresses, Emery open.
  const emery = 'd4e5f6a7-b8c9-4d0e-8f1a-2b3c4d5e6f70';
  h.mock.scenario(`custom_field_id=${emery}`, [{ status: 200, body: { ...sampleReport(979560), custom_field_id: emery } }]);
  const listed = await openProfile(h, fixtureUrl('lever-flyover.html'));
  await waitForBadge(h, listed.tabId, '≠');
  expect(await h.ff.evaluateBackground<string>(`browser.browserAction.getTitle({ tabId: ${listed.tabId} })`)).toContain(
    'this report is for alex.demo@example.com, but the profile shows emery.flyover@example.com',
  );
  await listed.page.close();
  const again = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5e';
  const own = { ...sampleReport(979560), custom_field_id: again, candidate_email: 'emery.flyover@example.com', candidate_name: 'Emery Flyover' };
  h.mock.scenario(`custom_field_id=${again}`, [{ status: 200, body: own }]);
  const open = await openProfile(h, `https://hire.lever.co/candidates/${again}?__fixture=lever-flyover.html`);
  await waitForBadge(h, open.tabId, '64');
  await open.page.close();
});
