import { render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { DEFAULT_BASE_URL } from '../../utils/api/constants';
import type { SettingsView } from '../../utils/messages';
import { SettingsForm } from './SettingsForm';

// The background reports whether the browser confirmed storage isolation (utils/background/isolation.ts).

async function renderWith(view: SettingsView) {
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((async () => view) as unknown as typeof browser.runtime.sendMessage);
  render(<SettingsForm />);
  await waitFor(() => expect(document.querySelector('form')!.hasAttribute('aria-busy')).toBe(false));
}

const WARNING = /did not confirm that ATS pages are kept out of the extension's storage/;

describe('SettingsForm storage isolation warning', () => {
  it('warns in plain words when the browser did not confirm isolation', async () => {
    await renderWith({ hasKey: true, baseUrl: DEFAULT_BASE_URL, storageIsolated: false });
    expect(screen.getByText(WARNING).textContent).toMatch(/Update your browser/);
  });

  it('says nothing when isolation is confirmed (or an older background does not say)', async () => {
    await renderWith({ hasKey: true, baseUrl: DEFAULT_BASE_URL, storageIsolated: true });
    expect(screen.queryByText(WARNING)).toBeNull();
  });
});
