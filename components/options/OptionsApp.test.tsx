import { render, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { DEFAULT_BASE_URL } from '../../utils/api/constants';
import de from '../../public/_locales/de/messages.json';
import en from '../../public/_locales/en/messages.json';
import { adapters } from '../../utils/ats';
import { useBrowserLanguage } from '../test-setup';
import { OptionsApp } from './OptionsApp';

describe('OptionsApp', () => {
  it('explains where keys come from and lists every supported ATS by name', async () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue({ hasKey: false, baseUrl: DEFAULT_BASE_URL } as never);
    render(<OptionsApp />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Xobin AI Interview');
    const help = screen.getByRole('region', { name: 'Where do I get a key?' });
    expect(help.textContent).toMatch(/Xobin support issues API keys, one per Xobin account/);
    const supported = screen.getByRole('region', { name: 'Where it works' });
    const names = within(supported)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(names).toEqual(adapters.map((adapter) => adapter.name));
    expect(names).toEqual(expect.arrayContaining(['Greenhouse', 'JobAdder', 'Pinpoint', 'Comeet', 'Keka', 'Oracle Taleo']));
    expect(names.length).toBeGreaterThanOrEqual(2);
    expect(await screen.findByLabelText('API key')).toBeTruthy();
  });

  it('speaks German in a German browser, with no English catalogue text left over', async () => {
    useBrowserLanguage('de');
    vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue({ hasKey: false, baseUrl: DEFAULT_BASE_URL } as never);
    const { container } = render(<OptionsApp />);
    expect(await screen.findByLabelText('API-Schlüssel')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Mit Xobin verbinden' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Verbindung testen' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Eigene ATS-Regeln' })).toBeTruthy();
    expect(document.title).toBe('Xobin AI Interview · Einstellungen');
    expect(document.documentElement.lang).toBe('de');
    // Every English text of the catalogue that German words differently (names like "AI Interview" stay).
    const english = Object.entries(en)
      .filter(([key, entry]) => de[key as keyof typeof de].message !== entry.message && !entry.message.includes('$') && entry.message.length > 8)
      .map(([, entry]) => entry.message);
    const shown = container.textContent ?? '';
    expect(english.filter((text) => shown.includes(text))).toEqual([]);
  });
});
