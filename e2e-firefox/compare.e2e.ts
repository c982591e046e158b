import { afterAll, beforeAll, expect, it } from 'vitest';
import english from '../public/_locales/en/messages.json';
import { sampleReport } from '../scripts/mock-xobin/server.mjs';
import { API_KEY, CANDIDATES, openProfile, startFirefoxHarness, waitFor, waitForBadge, waitForSidebar, type FirefoxHarness } from './helpers';

// "Compare" in real Firefox ESR: two candidates added from the real sidebar, the compare page it opens
// (a moz-extension:// tab, read through the devtools protocol), their skills aligned row by row.

type Skill = { skill_name: string; score: number };
type Sample = { candidate_name: string; skill_wise_scores: Record<'must_haves' | 'nice_to_haves', Skill[]> };
const jordan = sampleReport(979554) as unknown as Sample;
const riley = sampleReport(979561) as unknown as Sample;

let h: FirefoxHarness;
beforeAll(async () => {
  h = await startFirefoxHarness({ apiKey: API_KEY });
});
afterAll(() => h?.close());

/** Clicks the sidebar button with this text (the sidebar is an extension document BiDi cannot reach). */
const clickInSidebar = (text: string) =>
  h.ff.evaluateSidebar<boolean>(
    `(() => { const b = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === ${JSON.stringify(text)}); b?.click(); return !!b; })()`,
  );

async function addFromSidebar(who: 'jordan' | 'riley', badge: string, name: string, count: number): Promise<void> {
  const { tabId } = await openProfile(h, CANDIDATES[who].url);
  await waitForBadge(h, tabId, badge);
  await waitForSidebar(h, { state: 'report', texts: [name] });
  expect(await clickInSidebar('Add to compare')).toBe(true);
  await waitForSidebar(h, { state: 'report', texts: [`Added to compare (${count} of 4).`, `Compare (${count})`] });
}

/** The compare table as text: one array per row, its header first. "★ Highest" tags kept apart (as e2e/compare.e2e.ts). */
const TABLE_ROWS = `(() => {
  const table = document.querySelector('main[data-state="compare"] table.compare-table');
  // Both reports in: the columns fill in one by one, "Loading…" until each report arrives.
  if (!table || table.querySelectorAll('tbody.skill-rows').length < 2 || table.textContent.includes(${JSON.stringify(english.compareLoadingCell.message)})) return null;
  return [...table.querySelectorAll('tr')].map((tr) => [...tr.children].map((cell) => {
    const best = cell.querySelector('.best-tag');
    const text = (cell.textContent ?? '').replace(best?.textContent ?? '\\u0000', '').trim();
    return best ? text + ' [highest]' : text;
  }));
})()`;

/** What the rows of a skill group should be: every skill once, by name, in order of first appearance. */
function expectedSkillRows(group: 'must_haves' | 'nice_to_haves', candidates: Sample[]): string[][] {
  const names: string[] = [];
  for (const candidate of candidates)
    for (const skill of candidate.skill_wise_scores[group]) if (!names.includes(skill.skill_name)) names.push(skill.skill_name);
  return names.map((name) => {
    const scores = candidates.map((candidate) => candidate.skill_wise_scores[group].find((skill) => skill.skill_name === name)?.score);
    const numbers = scores.filter((score): score is number => score !== undefined);
    const max = numbers.length > 1 && new Set(numbers).size > 1 ? Math.max(...numbers) : undefined;
    return [name, ...scores.map((score) => (score === undefined ? 'Not assessed' : score === max ? `${score} [highest]` : String(score)))];
  });
}

it('adds two candidates from the sidebar and opens the compare page in a tab, skills aligned row by row', async () => {
  await addFromSidebar('jordan', '82', jordan.candidate_name, 1);
  await addFromSidebar('riley', '71', riley.candidate_name, 2);
  expect(await clickInSidebar('Compare (2)')).toBe(true); // browser.tabs.create(sidepanel.html?compare)

  const rows = await waitFor(() => h.ff.evaluateExtensionPage<string[][] | null>('sidepanel.html?compare', TABLE_ROWS), {
    message: 'the compare page with both reports',
  });
  const headers = await h.ff.evaluateExtensionPage<string[]>(
    'sidepanel.html?compare',
    `[...document.querySelectorAll('table.compare-table thead th[scope="col"]')].map((th) => th.innerText)`,
  );
  expect(headers).toEqual([jordan.candidate_name, riley.candidate_name]);
  const mustTitle = rows.findIndex((row) => row[0] === 'Must-have skills');
  const niceTitle = rows.findIndex((row) => row[0] === 'Nice-to-have skills');
  expect(mustTitle).toBeGreaterThanOrEqual(0);
  expect(rows.slice(mustTitle + 1, niceTitle)).toEqual(expectedSkillRows('must_haves', [jordan, riley]));
  expect(rows.slice(niceTitle + 1)).toEqual(expectedSkillRows('nice_to_haves', [jordan, riley]));
  // The shared skill is one row with both scores, not two rows.
  expect(rows.filter((row) => row[0] === 'SQL')).toEqual([['SQL', '88 [highest]', '80']]);
  expect(rows.find((row) => row[0] === 'Score')).toEqual(['Score', '82 [highest]', '71']);
});
