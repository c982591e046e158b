import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { panelSnapshot, sidePanelEvaluate, type PanelSnapshot } from '../scripts/lib/browser.mjs';
import { sampleReport } from '../scripts/mock-xobin/server.mjs';
import {
  apiCalls,
  errorPanel,
  openPanelFromLauncher,
  openProfile,
  sessionBytesInUse,
  startHarness,
  waitFor,
  waitForBadge,
  waitForPanel,
  type Harness,
} from './helpers';

// Issue 5, fault injection on what the API sends: broken bodies, a 5 MB transcript, and a cache that
// must stay under its 5 MB budget however many large reports the recruiter opens.

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

// Greenhouse reads the application id from the URL, so each test gets its own lookup (no cache hits
// across tests): https://app.greenhouse.io/people/4012345002?application_id=<id> -> custom_field_id=<id>.
const profileUrl = (applicationId: string) => `https://app.greenhouse.io/people/4012345002?application_id=${applicationId}`;

const ENGLISH = 'I would check the row counts before and after each step, then compare them with the source system. ';
const JAPANESE = '各段階の前後で行数を確認し、元のシステムの件数と比較します。';

/** Jordan's report as another candidate, with `messages` transcript messages of ~`chars` characters. */
function bigReport(n: number, name: string, score: number, messages: number, chars: number, filler = ENGLISH) {
  const report = sampleReport(979554);
  const start = 1752400000000;
  const conversation = Array.from({ length: messages }, (_, i) => ({
    role: i % 2 ? 'user' : 'assistant',
    mode: 'default',
    timestamp: start + i * 4000,
    content: `#${i + 1} ${filler.repeat(Math.ceil(chars / filler.length))}`.slice(0, chars),
  }));
  return { ...report, response_id: 981000 + n, candidate_name: name, score, custom_field_id: `74000000${n}`, conversation };
}

const nothingOfAReport = (panel: PanelSnapshot) =>
  !panel.text.includes('Jordan Example') && !/\bscore\s*\d/i.test(panel.text) && !panel.text.includes('Recommended for the next round');

describe('a broken 200 body', () => {
  const truncated = JSON.stringify(sampleReport(979554)).slice(0, 400); // cut off mid-report, after the name
  const html = '<!doctype html><html><head><title>Maintenance</title></head><body><h1>We will be back soon</h1><p>Scheduled maintenance.</p></body></html>';

  it.each([
    { kind: 'truncated JSON', id: '7100000001', body: truncated, type: 'application/json' },
    { kind: 'an HTML page', id: '7100000002', body: html, type: 'text/html; charset=utf-8' },
  ])('$kind: the invalid-response error, and nothing of a report', async ({ id, body, type }) => {
    expect(body).not.toMatch(/^\s*\{[\s\S]*\}\s*$/); // really not whole JSON
    h.mock.scenario(`custom_field_id=${id}`, [{ status: 200, body, headers: { 'Content-Type': type } }]);
    const { page, tabId } = await openProfile(h, profileUrl(id));
    await waitForBadge(h, tabId, '!');
    await openPanelFromLauncher(h, page);
    const panel = await waitForPanel(h, errorPanel('invalid-response'));
    expect(nothingOfAReport(panel), panel.text).toBe(true);
    const reportParts = await sidePanelEvaluate(h.ext.context, h.ext.extensionId, () => document.querySelectorAll('li.msg, .skills, .score').length);
    expect(reportParts).toBe(0);
    expect(apiCalls(h.mock, `custom_field_id=${id}`)).toHaveLength(1); // a bad body is not retried
    await page.close();
  });
});

describe('size', () => {
  it('a 5 MB transcript: the report shows, and the panel renders a window of it, not every message', async () => {
    const report = bigReport(1, 'Avery Longtalk', 78, 9_000, 560);
    const bytes = JSON.stringify(report).length;
    expect(bytes).toBeGreaterThan(5_000_000);
    h.mock.scenario('custom_field_id=740000001', [{ status: 200, body: report }]);
    const { page, tabId } = await openProfile(h, profileUrl('740000001'));
    await openPanelFromLauncher(h, page);
    await waitForBadge(h, tabId, '78', 45_000);

    // The first render of the report already has the header and the score.
    const first = await waitFor(
      async () => {
        const snap = await panelSnapshot(h.ext.context, h.ext.extensionId);
        return snap.state === 'report' ? snap : undefined;
      },
      { timeoutMs: 30_000, message: 'the report in the panel' },
    );
    expect(first.text).toContain('Avery Longtalk');
    expect(first.text).toMatch(/score\s*78\b/i);

    // Responsive: it answers at once, with a bounded DOM (9,000 messages would be ~70,000 nodes).
    // The messages are drawn in the frame after the verdict.
    const dom = await waitFor(
      async () => {
        const counts = await sidePanelEvaluate(h.ext.context, h.ext.extensionId, () => ({
          messages: document.querySelectorAll('li.msg').length,
          elements: document.getElementsByTagName('*').length,
        }));
        return counts.messages > 0 ? counts : undefined;
      },
      { timeoutMs: 10_000, message: 'the first messages in the panel' },
    );
    expect(dom.messages).toBeLessThan(500);
    expect(dom.elements).toBeLessThan(6_000);
    await waitForPanel(h, { state: 'report', texts: ['#1 I would check the row counts'] });
    await page.close();
  }, 90_000);

  // Chrome charges storage.session by stored bytes (UTF-8 for strings): the cache must count the same.
  it('the report cache stays under 5 MB, least recently used out first, and the newest report still shows', async () => {
    const LIMIT = 5.3 * 1024 * 1024;
    const ids: string[] = [];
    for (let n = 2; n <= 6; n++) {
      // ~1.5 MB each: five of them (7.5 MB) cannot all stay.
      const report = bigReport(n, `Cache Candidate ${n}`, 60 + n, 2_700, 540);
      ids.push(report.custom_field_id);
      h.mock.scenario(`custom_field_id=${report.custom_field_id}`, [{ status: 200, body: report }]);
      const { page, tabId } = await openProfile(h, profileUrl(report.custom_field_id));
      await waitForBadge(h, tabId, String(60 + n), 30_000);
      expect(await sessionBytesInUse(h), `bytes in use after report ${n}`).toBeLessThanOrEqual(LIMIT);
      if (n === 6) {
        await openPanelFromLauncher(h, page);
        await waitForPanel(h, { state: 'report', texts: ['Cache Candidate 6'] }, 30_000);
      }
      await page.close();
    }
    const cached = await h.ext.serviceWorker.evaluate(() =>
      chrome.storage.session.get(null).then((all) =>
        Object.keys(all)
          .filter((key) => key.startsWith('report:'))
          .map((key) => key.split('=').pop()),
      ),
    );
    // The newest reports stay and the oldest went.
    expect(cached).toContain(ids.at(-1));
    expect(cached).toContain(ids.at(-2));
    expect(cached).not.toContain(ids[0]);
    expect(cached).not.toContain('740000001'); // the 5 MB one from the test above, least recent of all
  }, 120_000);

  // Chrome counts UTF-8 bytes, and so does the cache's budget (it once counted UTF-16 code units, so a
  // Japanese transcript took three times what the cache thought; found by this test).
  it('the cache stays under 5 MB with non-English transcripts too', async () => {
    const LIMIT = 5.3 * 1024 * 1024;
    for (let n = 7; n <= 9; n++) {
      const report = bigReport(n, `Kana Candidate ${n}`, 60 + n, 1_200, 600, JAPANESE);
      h.mock.scenario(`custom_field_id=${report.custom_field_id}`, [{ status: 200, body: report }]);
      const { page, tabId } = await openProfile(h, profileUrl(report.custom_field_id));
      await waitForBadge(h, tabId, String(60 + n), 30_000);
      expect(await sessionBytesInUse(h), `bytes in use after report ${n}`).toBeLessThanOrEqual(LIMIT);
      await page.close();
    }
  }, 120_000);

  // Chrome counts a 5,000-message transcript (0.8 MB of JSON) by the bytes of what is stored: kept as
  // structured objects it took ~1.9 MB of the 10 MB session quota and the sixth write was refused;
  // stored as a JSON string (c45af18) it fits. Last in the file: it fills the cache.
  it('six long interviews in a row (5,000 messages each) are all shown', async () => {
    for (let n = 1; n <= 6; n++) {
      // Riley's long transcript, but this candidate's email: the page at profileUrl shows Jordan's, and a
      // report naming another email is (rightly) marked ≠ on the badge instead of its score.
      const report = {
        ...sampleReport(979561),
        candidate_email: 'jordan.example@example.com',
        response_id: 982000 + n,
        candidate_name: `Long Interview ${n}`,
        score: 40 + n,
        custom_field_id: `75000000${n}`,
      };
      h.mock.scenario(`custom_field_id=${report.custom_field_id}`, [{ status: 200, body: report }]);
      const { page, tabId } = await openProfile(h, profileUrl(report.custom_field_id));
      await waitForBadge(h, tabId, String(40 + n), 20_000);
      await page.close();
    }
  }, 180_000);
});
