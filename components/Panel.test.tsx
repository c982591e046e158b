import { render } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { PanelView } from '../utils/panel/view';
import { Panel } from './Panel';
import { completedReport, countNodes, LOOKUP, longConversation, message, pendingReport, transcriptDrawn } from './test-fixtures';

function renderView(view: PanelView) {
  return render(<Panel view={view} onRefresh={vi.fn()} onOpenSettings={vi.fn()} />);
}

const root = (container: Element) => container.querySelector('main')!;

describe('Panel', () => {
  it.each<[PanelView, string]>([
    [{ kind: 'loading' }, 'loading'],
    [{ kind: 'empty' }, 'empty'],
    [{ kind: 'report', report: completedReport(), lookup: LOOKUP, refreshing: false }, 'report'],
    [{ kind: 'pending', report: pendingReport(), lookup: LOOKUP, refreshing: false }, 'pending'],
    [{ kind: 'error', error: { kind: 'timeout' }, tried: [] }, 'error'],
  ])('marks the root with data-state for %o', (view, state) => {
    const { container } = renderView(view);
    expect(root(container).dataset.state).toBe(state);
  });

  it('marks errors with their kind, and nothing else', () => {
    expect(root(renderView({ kind: 'error', error: { kind: 'rate-limited', retryAfter: 5 }, tried: [] }).container).dataset.errorKind).toBe('rate-limited');
    expect(root(renderView({ kind: 'empty' }).container).hasAttribute('data-error-kind')).toBe(false);
  });

  it('warns above everything when the report is for another email than the profile shows', () => {
    const report = completedReport({ candidate_email: 'jordan@example.com' });
    const identity = { kind: 'email', profile: 'ada@example.com', report: 'jordan@example.com' } as const;
    const { container } = renderView({ kind: 'report', report, lookup: LOOKUP, refreshing: false, identity });
    expect(root(container).firstElementChild?.getAttribute('role')).toBe('alert');
    expect(root(container).textContent).toContain('This report is for jordan@example.com — the profile shows ada@example.com.');
    const pending = renderView({
      kind: 'pending',
      report: pendingReport({ candidate_email: 'jordan@example.com' }),
      lookup: LOOKUP,
      refreshing: false,
      identity,
    });
    expect(pending.getAllByRole('alert')).toHaveLength(2);
  });

  it('does not warn, and offers compare, when nothing is wrong; offers no compare for a flagged report', () => {
    const plain = renderView({ kind: 'report', report: completedReport(), lookup: LOOKUP, refreshing: false });
    expect(plain.container.querySelector('[role=alert]')).toBeNull();
    expect(plain.queryByRole('button', { name: 'Add to compare' })).not.toBeNull();
    plain.unmount();
    const flagged = renderView({ kind: 'report', report: completedReport(), lookup: LOOKUP, refreshing: false, identity: { kind: 'untied', report: 'Riley' } });
    expect(flagged.queryByRole('button', { name: 'Add to compare' })).toBeNull();
  });

  it('is busy while loading', () => {
    expect(root(renderView({ kind: 'loading' }).container).getAttribute('aria-busy')).toBe('true');
    expect(root(renderView({ kind: 'empty' }).container).hasAttribute('aria-busy')).toBe(false);
  });

  it('renders report strings as text, never as markup', async () => {
    const attack = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const report = completedReport({
      candidate_name: attack,
      candidate_summary: attack,
      recommendation: attack,
      ai_interview_name: attack,
      skill_wise_scores: { mustHaves: [{ skill_name: attack, score: 1 }], niceToHaves: [] },
      conversation: [message({ content: attack }), message({ role: attack, content: attack, mode: 'code' })],
    });
    const { container } = renderView({ kind: 'report', report, lookup: { ...LOOKUP, value: attack, source: attack }, refreshing: false });
    await transcriptDrawn();
    expect(container.querySelectorAll('img, script')).toHaveLength(0);
    expect(container.querySelector('h1')?.textContent).toBe(attack);
    expect(container.querySelector('.summary')?.textContent).toBe(attack);
    expect(container.querySelector('.msg-text')?.textContent).toBe(attack);
    expect(container.querySelector('pre code')?.textContent).toBe(attack);
    expect(container.textContent?.split(attack).length).toBeGreaterThan(8);
  });

  it('keeps the first render small for a 5,000-message transcript', async () => {
    const report = completedReport({ conversation: longConversation(5000) });
    const { container } = renderView({ kind: 'report', report, lookup: LOOKUP, refreshing: false });
    await transcriptDrawn();
    const nodes = countNodes(container);
    expect(nodes).toBeLessThan(800);
    expect(container.querySelectorAll('.msg').length).toBeLessThanOrEqual(60);
    // Recorded for the report: what the first render costs.
    console.info(`first render, 5,000 messages: ${nodes} nodes (elements + text), ${container.querySelectorAll('*').length} elements`);
  });
});
