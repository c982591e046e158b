import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useBrowserLanguage } from '../../components/test-setup';
import { wireContextMenu } from './context-menu';

describe('wireContextMenu', () => {
  let create: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    fakeBrowser.reset();
    create = vi.fn();
    const menus = fakeBrowser.contextMenus as unknown as { create: unknown; removeAll: unknown };
    menus.create = create;
    menus.removeAll = vi.fn(() => Promise.resolve());
    vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation(() => undefined);
  });

  it('names the menu item in the browser’s language when installed and at every start', async () => {
    wireContextMenu(async () => undefined);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    await vi.waitFor(() =>
      expect(create).toHaveBeenCalledWith(expect.objectContaining({ title: 'Find AI Interview report for “%s”', contexts: ['selection'] })),
    );
    useBrowserLanguage('de');
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(() => expect(create).toHaveBeenLastCalledWith(expect.objectContaining({ title: 'AI-Interview-Bericht für „%s“ suchen' })));
  });
});
