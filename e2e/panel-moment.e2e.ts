import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sampleReport } from '../scripts/mock-xobin/server.mjs';
import { startHarness, type Harness } from './helpers';
import { openPanelTab, playableRecordings, readyProfile, seeks } from './panel-helpers';

// Jump to the moment: a message's time opens the embedded player on the recording of the session
// that message belongs to, at (message time - session start) seconds. Recording keys in the mock are
// session-start epoch ms, as observed in real reports. The mock's recording bodies are not media, so
// the page is given a real, seekable WAV for those URLs; `seeking` tells where the player was sent.

interface Moment {
  readonly url: string;
  readonly session: number;
  readonly offset: number;
}

/** The expected moment of message `index`, straight from the mock data. */
function momentOf(responseId: number, index: number): Moment {
  const report = sampleReport(responseId);
  const timestamp = (report.conversation as Array<{ timestamp: number }>)[index]!.timestamp;
  const sessions = Object.entries(report.interview_recording as Record<string, string>)
    .map(([key, url]) => ({ start: Number(key), url }))
    .sort((a, b) => a.start - b.start);
  const session = sessions.findLastIndex((s) => s.start <= timestamp);
  const { start, url } = sessions[session]!;
  return { url, session: session + 1, offset: Math.floor((timestamp - start) / 1000) };
}

const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

/** Clicks message `index`'s time and checks the player's label, source and seek target. */
async function jumpTo(page: Page, index: number, expected: Moment, requested: readonly string[]): Promise<void> {
  expect(expected.offset).toBeLessThan(700); // within the WAV the page serves
  const seeksBefore = (await seeks(page)).length;
  const time = page.locator(`li.msg[data-index="${index}"]`).getByRole('button', { name: /^Play session/ });
  expect(await time.getAttribute('aria-label')).toBe(`Play session ${expected.session} from ${clock(expected.offset)}`);
  await time.click();
  const player = page.getByRole('region', { name: `Session ${expected.session} recording, from ${clock(expected.offset)}` });
  await player.waitFor();
  expect(await player.locator('video').getAttribute('src')).toBe(expected.url);
  await expect.poll(async () => (await seeks(page)).slice(seeksBefore), { timeout: 5000 }).toContainEqual({ src: expected.url, time: expected.offset });
  expect(requested).toContain(expected.url);
}

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

it('plays a one-session interview from the moment of the message clicked, and again from another', async () => {
  const { tabId } = await readyProfile(h, 'jordan', '82');
  let recordings = { requested: [] as string[] };
  const page = await openPanelTab(h, tabId, { before: async (p) => (recordings = await playableRecordings(p)) });
  // The first code answer (4:20 in), then the last answer (10:40 in) in the same player.
  await jumpTo(page, 5, momentOf(979554, 5), recordings.requested);
  await jumpTo(page, 11, momentOf(979554, 11), recordings.requested);
  await page.getByRole('button', { name: 'Close player' }).click();
  await page.locator('.player').waitFor({ state: 'detached' });
  await page.close();
});

it('picks the right session of a two-session interview, deep in a 5,000-message transcript', async () => {
  const { tabId } = await readyProfile(h, 'riley', '71', 20_000);
  let recordings = { requested: [] as string[] };
  const page = await openPanelTab(h, tabId, { timeoutMs: 20_000, before: async (p) => (recordings = await playableRecordings(p)) });
  const early = momentOf(979561, 3);
  expect(early.session).toBe(1);
  await jumpTo(page, 3, early, recordings.requested);
  // Message 2,606 is in the second session: bring it into the rendered window with search first.
  const late = momentOf(979561, 2605);
  expect(late.session).toBe(2);
  await page.getByRole('searchbox', { name: 'Search the transcript' }).fill('(#2606)');
  await page.locator('li.msg[data-index="2605"] mark').waitFor();
  await jumpTo(page, 2605, late, recordings.requested);
  await page.close();
});
