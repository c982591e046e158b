import { browser, type Browser } from 'wxt/browser';
import { lastUpdateItem } from '../storage';

/** The settings page with the first-run welcome on top (components/options/Welcome.tsx reads the marker). */
export const WELCOME_PATH = '/options.html?welcome';

/**
 * A fresh install opens the settings page with the welcome: otherwise nothing tells a recruiter the
 * extension needs a key. An update (or Chrome's own update) must not pop a tab up in the middle of
 * their work: it only leaves a note for the settings page.
 */
export async function onFirstRun(details: Pick<Browser.runtime.InstalledDetails, 'reason' | 'previousVersion'>): Promise<void> {
  if (details.reason === 'install') {
    await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PATH) }).catch(() => undefined);
  } else if (details.reason === 'update') {
    const to = browser.runtime.getManifest().version;
    await lastUpdateItem.setValue({ from: details.previousVersion ?? '', to, at: Date.now() }).catch(() => undefined);
  }
}
