import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listPageRows } from './list-page.mjs';
import { panelRows } from './report-panel.mjs';

// Turns the measurements into table rows (with targets, met or not) and writes the JSON file.
// Targets are only reported; nothing here fails the run.

const ms = (value) => (value === undefined || value === null || Number.isNaN(value) ? '–' : `${value.toFixed(1)} ms`);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const check = (met) => (met === undefined ? '' : met === 'inconclusive' ? 'inconclusive' : met ? 'met' : 'NOT met');
const ratio = (r) => (r?.n ? `${r.median.toFixed(3)} [${r.low.toFixed(2)}–${r.high.toFixed(2)}]` : '–');

/** Met when the whole 95% interval is within the target, not met when all of it is above, else inconclusive. */
function judgeRatio(r, target) {
  if (!r?.n) return undefined;
  if (r.high <= target) return true;
  if (r.low > target) return false;
  return 'inconclusive';
}

export function buildRows(results) {
  const rows = [];
  // `summary` (optional): { key, value } puts the row into the JSON's top-level summary under `key`.
  const add = (section, metric, n, median, p95, target = '', met = undefined, summary = undefined) =>
    rows.push({ section, metric, n, median, p95, target, met, ...(summary ? { summary } : {}) });
  const { host, detection, cold, panel, sizes, config } = results;
  const ratioValue = (r) => (r?.n ? { ratio: r.median, low: r.low, high: r.high } : undefined);

  if (host) {
    const both = (pair, key) => `${ms(pair.without[key])} / ${ms(pair.with[key])}`;
    const w = host.workloadMs;
    add('1 host page', 'workload wall time, without / with extension', w.with.n, both(w, 'median'), both(w, 'p95'));
    add('1 host page', '  ratio with/without, wall time', w.ratio.n, ratio(w.ratio), '', '≤ 1.02', judgeRatio(w.ratio, 1.02), {
      key: 'hostWallTimeRatio',
      value: ratioValue(w.ratio),
    });
    const c = host.cpuMs;
    add('1 host page', 'page main-thread CPU, without / with', c.with.n, both(c, 'median'), both(c, 'p95'));
    add('1 host page', '  ratio with/without, page main-thread CPU', c.ratio.n, ratio(c.ratio), '', '≤ 1.02', judgeRatio(c.ratio, 1.02), {
      key: 'hostMainThreadCpuRatio',
      value: ratioValue(c.ratio),
    });
    const b = host.browserCpuMs;
    if (b) {
      add('1 host page', 'whole-browser CPU (workload + 0.5 s), without / with', b.with.n, both(b, 'median'), both(b, 'p95'));
      add('1 host page', '  ratio with/without, whole-browser CPU', b.ratio.n, ratio(b.ratio), '', '≤ 1.05', judgeRatio(b.ratio, 1.05), {
        key: 'hostBrowserCpuRatio',
        value: ratioValue(b.ratio),
      });
    }
    // Where the cost is: the same build with list chips off, and a bare pill after every candidate link.
    for (const [side, label] of [
      ['floor', 'floor: the reference extension (pushState -> message -> badge) and a bare pill after each of its 1,000 candidate links'],
      ['overFloor', '  product over that floor, round by round'],
      ['noChips', 'product with "Scores in candidate lists" off'],
      ['chipFloor', 'floor for chips alone: the bare pills (reference-chips/)'],
    ]) {
      const parts = [['wall', w], ['page CPU', c], ...(b ? [['browser CPU', b]] : [])].filter(([, pair]) => pair[`${side}Ratio`]?.n);
      if (parts.length === 0) continue;
      add(
        '1 host page',
        `  ${label}${side === 'overFloor' ? '' : ': ratio to without'} (${parts.map(([name]) => name).join(' / ')})`,
        parts[0][1][`${side}Ratio`].n,
        parts.map(([, pair]) => ratio(pair[`${side}Ratio`])).join(' / '),
        '',
        '',
        undefined,
        {
          key: { floor: 'hostFloorRatios', overFloor: 'hostOverFloorRatios', noChips: 'hostNoChipsRatios', chipFloor: 'hostChipFloorRatios' }[side],
          value: Object.fromEntries(parts.map(([name, pair]) => [name, ratioValue(pair[`${side}Ratio`])])),
        },
      );
    }
    const l = host.loadMs;
    add('1 host page', 'page load (to loadEventEnd), without / with', l.with.n, both(l, 'median'), both(l, 'p95'), `ratio ${ratio(l.ratio)}`);
  }
  if (detection) {
    const ref = detection.reference;
    for (const [kind, label, key] of [
      ['normal', 'cached report', 'detectionCachedP95Ratio'],
      ['large', '5,000-message report', 'detectionLargeP95Ratio'],
    ]) {
      const d = detection[kind];
      const r = ref?.[kind];
      add('2 detection', `pushState -> badge, ${label}: product`, d.badge.n, ms(d.badge.median), ms(d.badge.p95));
      if (r) {
        add('2 detection', `  same navigations: reference extension (floor)`, r.badge.n, ms(r.badge.median), ms(r.badge.p95));
        const q = detection.ratioP95?.[kind];
        add('2 detection', '  ratio product/reference, p95', q?.n ?? 0, ratio(q), '', '≤ 2', judgeRatio(q, 2), {
          key,
          value: { ...ratioValue(q), productP95Ms: d.badge.p95, referenceP95Ms: r.badge.p95 },
        });
      }
      add('2 detection', '  pushState -> worker calls setBadgeText (product)', d.called.n, ms(d.called.median), ms(d.called.p95));
      add('2 detection', '  pushState -> worker has recorded the detection', d.detectedCount, ms(d.detectedMedian), '');
      add('2 detection', '  pushState -> tab state ready (report from cache)', d.detectedCount, ms(d.readyMedian), '');
      if (kind === 'normal')
        add(
          '2 detection',
          `  badge blank in between (in ${d.clearedCount} of ${d.badge.n} runs), at`,
          d.clearedCount,
          ms(d.clearedMedian),
          '',
          'ideally never',
        );
    }
  }
  if (cold) {
    const variants = [
      ['uncached', 'worker stopped, report uncached'],
      ['cached', 'worker stopped, report cached'],
      ['cachedBig', 'same, 5,000-message report also cached'],
      ['warm', 'worker running, report cached'],
    ];
    for (const [variant, label] of variants) {
      const v = cold[variant];
      if (!v) continue;
      const requests = v.apiRequestsPerRun.median;
      const note = `${requests} API request${requests === 1 ? '' : 's'}/run${variant === 'uncached' ? ` (${config.latencyMs} ms latency)` : ''}`;
      if (variant === 'cached') {
        add('3 cold start', `nav start -> badge: ${label}`, v.shown.n, ms(v.shown.median), ms(v.shown.p95), `p50 ≤ 100 ms; ${note}`, v.shown.median <= 100, {
          key: 'coldStartCachedP50',
          value: v.shown.median,
          target: 'p50 ≤ 100 ms',
        });
      } else {
        add('3 cold start', `nav start -> badge: ${label}`, v.shown.n, ms(v.shown.median), ms(v.shown.p95), note);
      }
      if (v.workerRunning.n) add('3 cold start', '  nav start -> worker running', v.workerRunning.n, ms(v.workerRunning.median), ms(v.workerRunning.p95));
      const floor = cold.reference;
      if (variant === 'cached' && floor) {
        add(
          '3 cold start',
          '  same, reference extension (floor: worker stopped, one message, badge)',
          floor.shown.n,
          ms(floor.shown.median),
          ms(floor.shown.p95),
          'same rounds',
          undefined,
          { key: 'coldStartCachedFloorP50', value: floor.shown.median, target: 'reported' },
        );
        if (floor.workerRunning.n)
          add('3 cold start', '    nav start -> its worker running', floor.workerRunning.n, ms(floor.workerRunning.median), ms(floor.workerRunning.p95));
        add(
          '3 cold start',
          '    product over the floor (p50 / p95)',
          floor.shown.n,
          `×${(v.shown.median / floor.shown.median).toFixed(2)}`,
          `×${(v.shown.p95 / floor.shown.p95).toFixed(2)}`,
          '',
        );
      }
    }
  }
  rows.push(...panelRows(panel));
  rows.push(...listPageRows(results.list));
  if (sizes) {
    const sizeKeys = { content: 'sizeContent', sidepanel: 'sizePanel', background: 'sizeBackground' };
    for (const [bundle, { bytes, budget }] of Object.entries(sizes)) {
      add(
        '5 size',
        `${bundle} (gzip)`,
        1,
        kb(bytes),
        '',
        `≤ ${kb(budget)}`,
        bytes <= budget,
        sizeKeys[bundle] ? { key: sizeKeys[bundle], value: bytes } : undefined,
      );
    }
  }
  return rows;
}

export function formatTable(rows) {
  const header = { section: 'Section', metric: 'Measurement', n: 'n', median: 'Median', p95: 'p95', target: 'Target', met: 'Result' };
  const cells = [header, ...rows.map((row) => ({ ...row, n: String(row.n), met: check(row.met) }))];
  const keys = Object.keys(header);
  const width = Object.fromEntries(keys.map((key) => [key, Math.max(...cells.map((cell) => String(cell[key]).length))]));
  const line = (cell) =>
    keys
      .map((key) => String(cell[key]).padEnd(width[key]))
      .join(' | ')
      .trimEnd();
  return [line(header), keys.map((key) => '-'.repeat(width[key])).join('-|-'), ...cells.slice(1).map(line)].join('\n');
}

export function targetSummary(rows) {
  const judged = rows.filter((row) => row.met !== undefined);
  const describe = (row) => `${row.section}: ${row.metric.trim()} (${row.median}${row.p95 ? `, p95 ${row.p95}` : ''}; target ${row.target})`;
  const missed = judged.filter((row) => row.met === false);
  const unclear = judged.filter((row) => row.met === 'inconclusive');
  return { met: judged.filter((row) => row.met === true).length, total: judged.length, missed: missed.map(describe), inconclusive: unclear.map(describe) };
}

/**
 * The JSON's top-level `summary`: each target of issue 10 -> { value, target, met }, met being
 * true, false or 'inconclusive'. Keys are stable across commits (rename only with a note).
 */
export function summaryObject(rows) {
  return Object.fromEntries(
    rows
      .filter((row) => row.summary)
      .map((row) => [row.summary.key, { value: row.summary.value, target: row.summary.target ?? row.target, met: row.met ?? null }]),
  );
}

export function writeResults(dir, results, rows) {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `bench-${new Date(results.startedAt).toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify({ ...results, table: rows }, null, 2)}\n`);
  return file;
}
