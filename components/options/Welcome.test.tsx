import { render, screen, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_BASE_URL } from '../../utils/api/constants';
import { adapters } from '../../utils/ats';
import { lastUpdateItem } from '../../utils/storage';
import { OptionsApp } from './OptionsApp';
import { isWelcome, UpdateNote } from './Welcome';

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue({ hasKey: false, baseUrl: DEFAULT_BASE_URL } as never);
});

describe('Welcome', () => {
  it('greets a fresh install with the three steps and every supported ATS', async () => {
    render(<OptionsApp search="?welcome" />);
    const welcome = screen.getByRole('region', { name: 'Welcome! Three steps to your first report' });
    const steps = within(welcome)
      .getAllByRole('listitem')
      .filter((item) => item.parentElement?.classList.contains('steps'));
    expect(steps.map((step) => step.querySelector('strong')?.textContent)).toEqual([
      'Paste your API key',
      'Press “Test connection”',
      'Open a candidate in your ATS',
    ]);
    const names = within(steps[2]!)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(names).toEqual(adapters.map((adapter) => adapter.name));
    expect(await screen.findByLabelText('API key')).toBeTruthy();
  });

  it('is not shown on settings opened any other way', async () => {
    render(<OptionsApp search="" />);
    expect(await screen.findByLabelText('API key')).toBeTruthy();
    expect(screen.queryByRole('region', { name: /Welcome/ })).toBeNull();
  });

  it('reads only its own marker', () => {
    expect(isWelcome('?welcome')).toBe(true);
    expect(isWelcome('?welcome=1&x=2')).toBe(true);
    expect(isWelcome('?tab=rules')).toBe(false);
    expect(isWelcome('')).toBe(false);
  });
});

describe('UpdateNote', () => {
  it('says which version was installed over which, and that nothing was lost', async () => {
    await lastUpdateItem.setValue({ from: '0.1.0', to: '0.2.0', at: 1_000 });
    render(<UpdateNote now={2_000} />);
    expect((await screen.findByText(/Updated to version/)).textContent).toBe('Updated to version 0.2.0 (from 0.1.0). Your key and settings were kept.');
  });

  it('says nothing after a fresh install or once the update is two weeks old', async () => {
    const { container, unmount } = render(<UpdateNote />);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(container.textContent).toBe('');
    unmount();
    await lastUpdateItem.setValue({ from: '0.1.0', to: '0.2.0', at: 0 });
    const old = render(<UpdateNote now={15 * 86_400_000} />);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(old.container.textContent).toBe('');
  });
});
