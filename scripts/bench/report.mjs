import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

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
  const add = (section, metric, n, median, p95, target = '', met = undefined) => rows.push({ section, metric, n, median, p95, target, met });
  const { host, detection, cold, panel, sizes, config } = results;

  if (host) {
    const w = host.workloadMs;
    add('1 host page', 'workload wall time, without extension', w.without.n, ms(w.without.median), ms(w.without.p95));
    add('1 host page', 'workload wall time, with extension', w.with.n, ms(w.with.median), ms(w.with.p95));
    add('1 host page', 'ratio with/without (wall time)', w.ratio.n, ratio(w.ratio), '', '≤ 1.02', judgeRatio(w.ratio, 1.02));
    const c = host.cpuMs;
    add('1 host page', 'page main-thread CPU, with/without', c.with.n, `${ms(c.with.median)} / ${ms(c.without.median)}`, '', '≤ 1.02', judgeRatio(c.ratio, 1.02));
    add('1 host page', '  ratio (page main-thread CPU)', c.ratio.n, ratio(c.ratio), '', '');
    const b = host.browserCpuMs;
    if (b) add('1 host page', 'whole-browser CPU (workload + 0.5 s), with/without', b.with.n, `${ms(b.with.median)} / ${ms(b.without.median)}`, '', `ratio ${ratio(b.ratio)}`);
    const l = host.loadMs;
    add('1 host page', 'page load (to loadEventEnd), with/without', l.with.n, `${ms(l.with.median)} / ${ms(l.without.median)}`, '', `ratio ${ratio(l.ratio)}`);
  }
  if (detection) {
    const d = detection.normal;
    add('2 detection', 'pushState -> badge shows new score', d.badge.n, ms(d.badge.median), ms(d.badge.p95), 'p95 ≤ 100 ms', d.badge.p95 <= 100);
    add('2 detection', '  of which: -> worker has the detection', d.detectedCount, ms(d.detectedMedian), '', '(median)');
    add('2 detection', '  of which: -> tab state ready', d.detectedCount, ms(d.readyMedian), '', '(median)');
    add('2 detection', '  badge went blank in between (runs; median at)', d.clearedCount, ms(d.clearedMedian), '', 'ideally 0 runs');
    const r = detection.large;
    add('2 detection', 'pushState -> badge, 5,000-message report', r.badge.n, ms(r.badge.median), ms(r.badge.p95), 'p95 ≤ 100 ms', r.badge.p95 <= 100);
    add('2 detection', '  of which: -> worker has the detection', r.detectedCount, ms(r.detectedMedian), '', '(median)');
    add('2 detection', '  of which: -> tab state ready', r.detectedCount, ms(r.readyMedian), '', '(median)');
  }
  if (cold) {
    for (const [variant, label] of [['uncached', 'worker stopped, report uncached'], ['cached', 'worker stopped, report cached'], ['warm', 'worker running, report cached']]) {
      const v = cold[variant];
      add('3 cold start', `nav start -> badge: ${label}`, v.shown.n, ms(v.shown.median), ms(v.shown.p95), variant === 'uncached' ? `API latency ${config.latencyMs} ms` : '');
      if (v.workerRunning.n) add('3 cold start', '  of which: nav start -> worker running', v.workerRunning.n, ms(v.workerRunning.median), ms(v.workerRunning.p95));
    }
  }
  if (panel) {
    for (const [kind, label, target] of [['normal', 'normal report', 16], ['large', '5,000-message report', 100]]) {
      const p = panel[kind];
      add('4 side panel', `data -> first frame, ${label}`, p.firstFrame.n, ms(p.firstFrame.median), ms(p.firstFrame.p95), `≤ ${target} ms`, p.firstFrame.median <= target);
      add('4 side panel', '  of which: -> change event in the panel', p.event.n, ms(p.event.median), ms(p.event.p95));
      if (p.readEnd.n) add('4 side panel', '  of which: -> report read from storage (start / end)', p.readEnd.n, `${ms(p.readStart.median)} / ${ms(p.readEnd.median)}`, ms(p.readEnd.p95));
      add('4 side panel', '  of which: -> report committed to DOM', p.committed.n, ms(p.committed.median), ms(p.committed.p95));
      add('4 side panel', '  script / style+layout time (CDP metrics)', p.script.n, `${ms(p.script.median)} / ${ms(p.layout.median)}`, '');
      add('4 side panel', '  DOM at first render (elements / all nodes)', 1, `${p.elements} / ${p.nodes}`, '', '< ~800 nodes', p.nodes < 800);
    }
  }
  if (sizes) {
    for (const [bundle, { bytes, budget }] of Object.entries(sizes)) {
      add('5 size', `${bundle} (gzip)`, 1, kb(bytes), '', `≤ ${kb(budget)}`, bytes <= budget);
    }
  }
  return rows;
}

export function formatTable(rows) {
  const header = { section: 'Section', metric: 'Measurement', n: 'n', median: 'Median', p95: 'p95', target: 'Target', met: 'Result' };
  const cells = [header, ...rows.map((row) => ({ ...row, n: String(row.n), met: check(row.met) }))];
  const keys = Object.keys(header);
  const width = Object.fromEntries(keys.map((key) => [key, Math.max(...cells.map((cell) => String(cell[key]).length))]));
  const line = (cell) => keys.map((key) => String(cell[key]).padEnd(width[key])).join(' | ').trimEnd();
  return [line(header), keys.map((key) => '-'.repeat(width[key])).join('-|-'), ...cells.slice(1).map(line)].join('\n');
}

export function targetSummary(rows) {
  const judged = rows.filter((row) => row.met !== undefined);
  const describe = (row) => `${row.section}: ${row.metric.trim()} (${row.median}${row.p95 ? `, p95 ${row.p95}` : ''}; target ${row.target})`;
  const missed = judged.filter((row) => row.met === false);
  const unclear = judged.filter((row) => row.met === 'inconclusive');
  return { met: judged.filter((row) => row.met === true).length, total: judged.length, missed: missed.map(describe), inconclusive: unclear.map(describe) };
}

export function writeResults(dir, results, rows) {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `bench-${new Date(results.startedAt).toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify({ ...results, table: rows }, null, 2)}\n`);
  return file;
}
