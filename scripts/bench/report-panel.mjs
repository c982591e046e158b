// The side panel's rows of the bench table (phase 4): first frames next to the floor, the open
// panel's next candidate, and the scaling table. Same row shape as report.mjs's.

const ms = (value) => (value === undefined || value === null || Number.isNaN(value) ? '–' : `${value.toFixed(1)} ms`);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

export function panelRows(panel) {
  const rows = [];
  // `summary` (optional): { key, value } puts the row into the JSON's top-level summary under `key`.
  const add = (section, metric, n, median, p95, target = '', met = undefined, summary = undefined) =>
    rows.push({ section, metric, n, median, p95, target, met, ...(summary ? { summary } : {}) });
  if (panel) {
    for (const [kind, label, target, key] of [
      ['normal', 'normal report', 16, 'panelFirstFrameNormal'],
      ['large', '5,000-message report', 50, 'panelFirstFrameLarge'],
    ]) {
      const p = panel[kind];
      const floor = kind === 'normal' ? panel.floor : undefined;
      add(
        '4 side panel',
        `data -> first frame, ${label}`,
        p.firstFrame.n,
        ms(p.firstFrame.median),
        ms(p.firstFrame.p95),
        `median ≤ ${target} ms`,
        p.firstFrame.median <= target,
        { key, value: p.firstFrame.median },
      );
      if (floor) {
        add(
          '4 side panel',
          '  same data: reference panel (floor: read, parse, score as text)',
          floor.firstFrame.n,
          ms(floor.firstFrame.median),
          ms(floor.firstFrame.p95),
          '',
          undefined,
          {
            key: 'panelFirstFrameFloor',
            value: { floorMs: floor.firstFrame.median, productOverFloorMs: Math.round((p.firstFrame.median - floor.firstFrame.median) * 10) / 10 },
          },
        );
        add('4 side panel', '  floor: data -> report read / committed', floor.readEnd.n, `${ms(floor.readEnd.median)} / ${ms(floor.committed.median)}`, '');
      }
      if (kind === 'normal' && panel.nextCandidate) {
        const next = panel.nextCandidate;
        add(
          '4 side panel',
          '  same report, next candidate in an already open panel',
          next.firstFrame.n,
          ms(next.firstFrame.median),
          ms(next.firstFrame.p95),
          '',
          undefined,
          {
            key: 'panelFirstFrameOpenPanel',
            value: next.firstFrame.median,
          },
        );
      }
      add('4 side panel', '  data -> change event reaches the panel', p.event.n, ms(p.event.median), ms(p.event.p95));
      if (p.readEnd.n)
        add(
          '4 side panel',
          '  data -> panel reads the report (start / end)',
          p.readEnd.n,
          `${ms(p.readStart.median)} / ${ms(p.readEnd.median)}`,
          ms(p.readEnd.p95),
        );
      add('4 side panel', '  data -> report committed to the DOM', p.committed.n, ms(p.committed.median), ms(p.committed.p95));
      add('4 side panel', '  script / style+layout time (CDP metrics)', p.script.n, `${ms(p.script.median)} / ${ms(p.layout.median)}`, '');
      add('4 side panel', '  DOM at first render (elements / all nodes)', 1, `${p.elements} / ${p.nodes}`, '', '< ~800 nodes', p.nodes < 800);
      if (kind === 'normal' && p.whole?.n && p.whole.median > p.firstFrame.median)
        add('4 side panel', '  data -> transcript drawn too (after the first frame)', p.whole.n, ms(p.whole.median), ms(p.whole.p95));
      if (p.firstPartBytes !== undefined && p.firstPartBytes < p.entryBytes) {
        add('4 side panel', '  read for the first frame / whole entry (bytes)', 1, `${kb(p.firstPartBytes)} / ${kb(p.entryBytes)}`, '');
        if (p.whole?.n) add('4 side panel', '  data -> whole transcript searchable (after the first frame)', p.whole.n, ms(p.whole.median), ms(p.whole.p95));
      }
    }
  }
  const scaling = Object.entries(panel?.scaling ?? {})
    .map(([count, p]) => ({ count: Number(count), ...p }))
    .sort((a, b) => a.count - b.count);
  if (scaling.length) {
    for (const p of scaling) {
      const whole = p.whole?.n && p.whole.median > p.firstFrame.median ? `; whole transcript ${ms(p.whole.median)}` : '';
      add(
        '4 side panel',
        `scaling: ${p.count.toLocaleString('en')} messages, first frame (nodes at it / once all drawn)${whole}`,
        p.firstFrame.n,
        `${ms(p.firstFrame.median)} (${p.nodes} / ${p.wholeNodes ?? p.nodes})`,
        ms(p.firstFrame.p95),
      );
    }
    const [first, last] = [scaling[0], scaling.at(-1)];
    // Nodes once everything is drawn: the transcript's window, not only the first frame's DOM.
    const grown = (p) => p.wholeNodes ?? p.nodes;
    const flat = last.firstFrame.median <= 50 && grown(last) <= grown(first) * 1.25;
    add(
      '4 side panel',
      `  scaling ${first.count}->${last.count}: first frame / DOM nodes once all drawn`,
      scaling.length,
      `×${(last.firstFrame.median / first.firstFrame.median).toFixed(2)} / ×${(grown(last) / grown(first)).toFixed(2)}`,
      '',
      `flat: ≤ 50 ms, nodes ≤ 1.25×`,
      flat,
      {
        key: 'panelScaling',
        value: Object.fromEntries(
          scaling.map((p) => [
            p.count,
            {
              firstFrameMedianMs: p.firstFrame.median,
              firstFrameP95Ms: p.firstFrame.p95,
              nodes: p.nodes,
              wholeNodes: p.wholeNodes,
              wholeTranscriptMedianMs: p.whole?.median,
            },
          ]),
        ),
      },
    );
  }
  return rows;
}
