import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { readDraft } from '../utils/rule-draft';
import { diagnose } from '../utils/panel/diagnostics';
import type { TabState } from '../utils/tab-state';
import { ErrorState } from './states/ErrorState';
import { EmptyState } from './states/EmptyState';
import { useBrowserLanguage } from './test-setup';
import { WhyNoReport } from './WhyNoReport';

const unrecognised: TabState = {
  v: 1,
  tabId: 7,
  navId: 'n',
  url: 'https://app.greenhouse.io/talent-pool/4012345002',
  lookups: [],
  phase: 'no-candidate',
  hostAdapters: [{ id: 'greenhouse', name: 'Greenhouse', shapes: ['https://app.greenhouse.io/people/{personId}'] }],
  updatedAt: 0,
};
const lookup = { by: 'custom_field_id', value: '5123456002', source: 'the Greenhouse application' } as const;
const notFound: TabState = {
  ...unrecognised,
  url: 'https://app.greenhouse.io/people/4012345002/applications/5123456002',
  ats: 'greenhouse',
  atsName: 'Greenhouse',
  lookups: [lookup],
  phase: 'ready',
  result: { kind: 'error', error: { kind: 'not-found' }, tried: [lookup] },
};

describe('WhyNoReport', () => {
  it('is a closed disclosure that opens from the keyboard and shows the adapters on the host and their shapes', () => {
    render(<WhyNoReport diagnostics={diagnose(unrecognised)!} />);
    const summary = screen.getByText('Why no report?');
    const details = summary.closest('details')!;
    expect(details.open).toBe(false);
    summary.focus();
    fireEvent.click(summary); // what Enter or Space on a <summary> does
    expect(details.open).toBe(true);
    expect(details.textContent).toContain('No adapter recognised a candidate on this page.');
    expect(screen.getByText('https://app.greenhouse.io/people/{personId}')).toBeTruthy();
    expect(screen.getByText('https://app.greenhouse.io/talent-pool/{talentPoolId}')).toBeTruthy();
    expect(details.textContent).toContain('Nothing was looked up.');
  });

  it('lists each lookup with its result and the adapter that read the page', () => {
    render(<WhyNoReport diagnostics={diagnose(notFound)!} />);
    expect(screen.getByText('Read by: Greenhouse')).toBeTruthy();
    expect(screen.getByTestId('why-no-report').querySelector('[data-outcome="not-found"]')?.textContent).toContain('5123456002');
  });

  it('opens the settings page with this page’s rule in its address', () => {
    const create = vi.spyOn(browser.tabs, 'create').mockResolvedValue({} as never);
    render(<WhyNoReport diagnostics={diagnose(unrecognised)!} />);
    fireEvent.click(screen.getByRole('button', { name: 'Make a rule for pages like this' }));
    const url = new URL(create.mock.calls[0]![0].url!);
    expect(url.pathname).toBe('/options.html');
    expect(readDraft(url.hash)).toEqual({
      values: {
        name: 'Greenhouse (talent-pool)',
        host: 'app.greenhouse.io',
        urlPattern: '/talent-pool/(?<talentPoolId>\\d+)(?:[/?#]|$)',
        template: '{talentPoolId}',
      },
    });
  });

  it('copies the masked support text', async () => {
    const writeText = vi.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<WhyNoReport diagnostics={diagnose(notFound)!} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy diagnostics' }));
    await waitFor(() => expect(writeText).toHaveBeenCalled());
    const text = writeText.mock.calls[0]![0];
    expect(text).toContain('custom_field_id ########## (the Greenhouse application): not found');
    expect(text).not.toContain('5123456002');
  });

  it('speaks German', () => {
    useBrowserLanguage('de');
    render(<WhyNoReport diagnostics={diagnose(unrecognised)!} />);
    expect(screen.getByText('Warum kein Bericht?')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Regel für Seiten wie diese anlegen' })).toBeTruthy();
  });
});

describe('where "Why no report?" is offered', () => {
  it('on the empty state of a supported host, and not for a tab the worker never saw', () => {
    const { unmount } = render(<EmptyState diagnostics={diagnose(unrecognised)} />);
    expect(screen.getByText('Why no report?')).toBeTruthy();
    unmount();
    render(<EmptyState diagnostics={diagnose(null)} />);
    expect(screen.queryByText('Why no report?')).toBeNull();
  });

  it('on "not found", not on errors the page has nothing to do with', () => {
    const props = { onRetry: () => undefined, onOpenSettings: () => undefined, diagnostics: diagnose(notFound) };
    const { unmount } = render(<ErrorState error={{ kind: 'not-found' }} tried={[lookup]} {...props} />);
    expect(screen.getByText('Why no report?')).toBeTruthy();
    unmount();
    render(<ErrorState error={{ kind: 'no-key' }} tried={[]} {...props} />);
    expect(screen.queryByText('Why no report?')).toBeNull();
  });
});
