import { render, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { DEFAULT_BASE_URL } from '../../utils/api/constants';
import { adapters } from '../../utils/ats';
import { OptionsApp } from './OptionsApp';

describe('OptionsApp', () => {
  it('explains where keys come from and lists every supported ATS by name', async () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue({ hasKey: false, baseUrl: DEFAULT_BASE_URL } as never);
    render(<OptionsApp />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Xobin AI Interview');
    const help = screen.getByRole('region', { name: 'Where do I get a key?' });
    expect(help.textContent).toMatch(/Xobin support issues API keys, one per Xobin account/);
    const supported = screen.getByRole('region', { name: 'Where it works' });
    const names = within(supported).getAllByRole('listitem').map((item) => item.textContent);
    expect(names).toEqual(adapters.map((adapter) => adapter.name));
    expect(names.length).toBeGreaterThanOrEqual(2);
    expect(await screen.findByLabelText('API key')).toBeTruthy();
  });
});
