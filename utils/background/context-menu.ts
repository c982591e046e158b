import { browser } from 'wxt/browser';
import { t } from '../i18n';
import { openPanel } from './side-panel';

const MENU_ID = 'find-ai-interview-report';

/** "Find AI Interview report for “…”" on selected text, anywhere: opens the panel and looks it up. */
export function wireContextMenu(lookup: (tabId: number, text: string, url: string) => Promise<void>): void {
  const menus = (browser as unknown as { contextMenus?: typeof browser.contextMenus }).contextMenus;
  if (!menus) return;
  const create = () => {
    void menus.removeAll().then(() => menus.create({ id: MENU_ID, title: t('contextMenuFind'), contexts: ['selection'] }));
  };
  browser.runtime.onInstalled.addListener(create);
  // Again at each browser start: the title is in the language of the moment it was created, and the
  // browser's language may have changed since (Chrome keeps menus across restarts, so no duplicate).
  browser.runtime.onStartup.addListener(create);
  menus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || tab?.id === undefined || !info.selectionText) return;
    void openPanel(tab.id); // first, synchronously: the menu click is the user gesture it needs
    void lookup(tab.id, info.selectionText.slice(0, 200), tab.url ?? '');
  });
}
