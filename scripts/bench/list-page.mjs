import { interleavedRounds, pairedRatio, summarize } from './stats.mjs';

// 6. A 200-row candidate list (the mock's generated Greenhouse list, scripts/mock-xobin/extra-pages.mjs
// longList): what the score chips cost the page, and how soon the first screen's chips show a result.
// The rows name candidates the API has no report for, so every chip costs its two lookups (the
// application id, then the person id): the worst case for a screen of chips.
//
// Cost: the same workload in the browser with and without the extension, alternating which goes
// first: load, then scroll through the list a screen at a time and back, then re-render the whole
// list twice (an ATS paginating or re-sorting), the page's main-thread CPU and wall time compared.
// First screen: navigation start until every chip on the first screen shows its answer, read through
// the accessibility tree (the chips are in closed shadow roots) every 25 ms.

const ROWS = 200;
export const listUrl = (from) => `https://app.greenhouse.io/people?__rows=${ROWS}&__from=${from}`;
const SETTLE_MS = 300;
// What the extension does after the workload on its behalf (the chips' pass over the re-rendered rows,
// answers for the last screen) is its cost too: counted in a second figure, this long past the end.
const TAIL_MS = 1500;
const CHIP_MARK = 'data-xobin-ai-score'; // on our chip hosts, spans (utils/content/chip.ts)
const WAITING = 'AI Interview: checking';

async function prepare({ context }) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return { page, cdp };
}

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map(({ name, value }) => [name, value]));
}

/** Runs in the page: scroll a screen at a time to the end and back, then re-render the rows twice. */
export async function listWorkload() {
  const start = performance.now();
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const step = Math.round(innerHeight * 0.9);
  for (let y = 0; y <= document.body.scrollHeight; y += step) {
    scrollTo(0, y);
    await frame();
  }
  for (let y = document.body.scrollHeight; y >= 0; y -= step) {
    scrollTo(0, y);
    await frame();
  }
  const table = document.querySelector('table.people');
  for (let round = 0; round < 2; round++) {
    const rows = [...table.rows].map((row) => row.cloneNode(true));
    table.replaceChildren(...rows.reverse());
    await frame();
  }
  return performance.now() - start;
}

// Each run loads other candidates (a new `from`), so nothing is answered from the worker's memory.
let nextFrom = 100_000;

async function runOnce({ page, cdp }) {
  await page.goto(listUrl((nextFrom += ROWS)), { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_MS);
  const before = await metrics(cdp);
  const wallMs = await page.evaluate(listWorkload);
  const after = await metrics(cdp);
  await page.waitForTimeout(TAIL_MS);
  const tail = await metrics(cdp);
  return {
    wallMs,
    cpuMs: (after.ThreadTime - before.ThreadTime) * 1000,
    taskMs: (after.TaskDuration - before.TaskDuration) * 1000,
    cpuWithTailMs: (tail.ThreadTime - before.ThreadTime) * 1000,
  };
}

function collect(node, keep, out = []) {
  if (keep(node)) out.push(node);
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) collect(child, keep, out);
  return out;
}

/** Chips on screen now, and how many of them show an answer. */
async function firstScreenChips(page, cdp) {
  const onScreen = await page.evaluate(
    (mark) => [...document.querySelectorAll(`[${mark}]`)].filter((host) => host.getBoundingClientRect().top < innerHeight).length,
    CHIP_MARK,
  );
  if (onScreen === 0) return { onScreen, settled: 0 };
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  const buttons = new Set(
    collect(root, (node) => node.nodeName === 'SPAN' && (node.attributes ?? []).includes(CHIP_MARK))
      .slice(0, onScreen)
      .flatMap((host) => collect({ children: host.shadowRoots ?? [] }, (node) => node.nodeName === 'BUTTON'))
      .map((node) => node.backendNodeId),
  );
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const settled = nodes.filter((node) => buttons.has(node.backendDOMNodeId) && node.name?.value && node.name.value !== WAITING).length;
  return { onScreen, settled };
}

async function chipsOnce({ page, cdp }, timeoutMs = 20_000) {
  const started = Date.now();
  await page.goto(listUrl((nextFrom += ROWS)), { waitUntil: 'commit' });
  for (;;) {
    const { onScreen, settled } = await firstScreenChips(page, cdp).catch(() => ({ onScreen: 0, settled: 0 }));
    if (onScreen > 0 && settled >= onScreen) return { ms: Date.now() - started, chips: onScreen };
    if (Date.now() - started > timeoutMs) return { ms: undefined, chips: onScreen };
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

export async function measureListPage({ withBrowser, withoutBrowser, referenceBrowser, scoresBrowser, samples, warmup, log }) {
  const sides = {
    with: await prepare(withBrowser),
    without: await prepare(withoutBrowser),
    ...(referenceBrowser ? { reference: await prepare(referenceBrowser) } : {}),
    ...(scoresBrowser ? { scores: await prepare(scoresBrowser) } : {}),
  };
  const runs = await interleavedRounds({ sides, samples, warmup, runOnce, log, label: `list page (${ROWS} rows) cost` });
  const chips = [];
  for (let i = 0; i < Math.max(2, samples); i++) chips.push(await chipsOnce(sides.with));
  log(`list page: first screen of chips in ${chips.map((run) => run.ms ?? 'timeout').join(', ')} ms`);
  await Promise.all(Object.values(sides).map(({ page }) => page.close()));
  const pick = (side, key) => runs[side].map((run) => run[key]);
  const result = { rows: ROWS };
  for (const key of ['wallMs', 'cpuMs', 'taskMs', 'cpuWithTailMs']) {
    result[key] = { with: summarize(pick('with', key)), without: summarize(pick('without', key)), ratio: pairedRatio(pick('with', key), pick('without', key)) };
    if (runs.reference) {
      // The floor: what a pill after every link costs by itself, and the product over that floor.
      result[key].reference = summarize(pick('reference', key));
      result[key].floorRatio = pairedRatio(pick('reference', key), pick('without', key));
      result[key].overFloor = pairedRatio(pick('with', key), pick('reference', key));
    }
    if (runs.scores) {
      // A plain implementation of the chips with their scores (reference-scores/): not a floor (it
      // writes each look's answers as they come, and builds a copied row's chip at once, on screen or not).
      result[key].scores = summarize(pick('scores', key));
      result[key].scoresRatio = pairedRatio(pick('scores', key), pick('without', key));
      result[key].overScores = pairedRatio(pick('with', key), pick('scores', key));
    }
  }
  const times = chips.map((run) => run.ms).filter((ms) => ms !== undefined);
  result.firstScreen = { ...summarize(times), chips: chips[0]?.chips, timedOut: chips.length - times.length };
  return result;
}

const fmt = (value) => (value === undefined || Number.isNaN(value) ? '–' : `${value.toFixed(1)} ms`);
const ratio = (r) => (r?.n ? `${r.median.toFixed(3)} [${r.low.toFixed(2)}–${r.high.toFixed(2)}]` : '–');

/** Table rows for report.mjs, with the summary keys listPageCost and listChipsFirstScreen. */
export function listPageRows(list) {
  if (!list) return [];
  const c = list.cpuMs;
  const verdict = (r) => (!r?.n ? undefined : r.high <= 1.05 ? true : r.low > 1.05 ? false : 'inconclusive');
  const met = verdict(c.ratio);
  const tail = list.cpuWithTailMs;
  const f = list.firstScreen;
  return [
    {
      section: '6 list page',
      metric: `${list.rows}-row list: page main-thread CPU, without / with`,
      n: c.with.n,
      median: `${fmt(c.without.median)} / ${fmt(c.with.median)}`,
      p95: `${fmt(c.without.p95)} / ${fmt(c.with.p95)}`,
      target: '',
      met: undefined,
    },
    {
      section: '6 list page',
      metric: '  ratio with/without, page main-thread CPU',
      n: c.ratio.n,
      median: ratio(c.ratio),
      p95: '',
      target: '≤ 1.05',
      met,
      summary: {
        key: 'listPageCost',
        value: c.ratio?.n ? { ratio: c.ratio.median, low: c.ratio.low, high: c.ratio.high, wallTimeRatio: list.wallMs.ratio.median } : undefined,
      },
    },
    ...(c.floorRatio
      ? [
          {
            section: '6 list page',
            metric: '  floor: reference pills (reference-chips/), ratio to without; product over it',
            n: c.floorRatio.n,
            median: ratio(c.floorRatio),
            p95: `over floor ${ratio(c.overFloor)}`,
            target: 'reported',
            met: undefined,
            summary: {
              key: 'listPageFloor',
              value: {
                floorRatio: c.floorRatio.median,
                low: c.floorRatio.low,
                high: c.floorRatio.high,
                overFloor: c.overFloor.median,
                withTail: tail?.floorRatio?.median,
              },
            },
          },
        ]
      : []),
    ...(c.scoresRatio
      ? [
          {
            section: '6 list page',
            metric:
              '  a plain implementation with scores shown (reference-scores/: closed root, a button, asked per screen): ratio to without; product over it',
            n: c.scoresRatio.n,
            median: ratio(c.scoresRatio),
            p95: `product over it ${ratio(c.overScores)}`,
            target: 'reported',
            met: undefined,
            summary: {
              key: 'listPageScoresReference',
              value: {
                ratio: c.scoresRatio.median,
                low: c.scoresRatio.low,
                high: c.scoresRatio.high,
                productOver: c.overScores.median,
                productOverLow: c.overScores.low,
                productOverHigh: c.overScores.high,
                withTail: tail?.scoresRatio?.median,
                productOverWithTail: tail?.overScores?.median,
              },
            },
          },
        ]
      : []),
    {
      section: '6 list page',
      metric: `  same, counted until ${TAIL_MS / 1000} s after the workload (work the chips do later)`,
      n: tail?.ratio?.n,
      median: ratio(tail?.ratio),
      p95: tail ? `${fmt(tail.without.median)} / ${fmt(tail.with.median)}` : '',
      target: '≤ 1.05',
      met: verdict(tail?.ratio),
      summary: { key: 'listPageCostWithTail', value: tail?.ratio?.n ? { ratio: tail.ratio.median, low: tail.ratio.low, high: tail.ratio.high } : undefined },
    },
    {
      section: '6 list page',
      metric: `  nav start -> first screen of chips answered (${f.chips} chips, 2 lookups each)`,
      n: f.n,
      median: fmt(f.median),
      p95: fmt(f.p95),
      target: f.timedOut ? `${f.timedOut} timed out` : '',
      met: undefined,
      summary: { key: 'listChipsFirstScreen', value: f.n ? { medianMs: f.median, p95Ms: f.p95, chips: f.chips } : undefined, target: 'reported' },
    },
  ];
}
