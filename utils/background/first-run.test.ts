import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { lastUpdateItem } from '../storage';
import { onFirstRun, WELCOME_PATH } from './first-run';

// The in-memory browser starts with one blank tab and has no manifest: count only the tabs opened here.
let opened: string[];
beforeEach(() => {
  fakeBrowser.reset();
  opened = [];
  vi.spyOn(fakeBrowser.tabs, 'create').mockImplementation(async (props) => {
    opened.push(props.url ?? '');
    return { id: 9 } as never;
  });
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'x', version: '0.2.0' });
});

describe('onFirstRun', () => {
  it('opens the settings page with the welcome on a fresh install', async () => {
    await onFirstRun({ reason: 'install' });
    expect(opened).toEqual([fakeBrowser.runtime.getURL(WELCOME_PATH)]);
    expect(await lastUpdateItem.getValue()).toBeNull();
  });

  it.each(['update', 'chrome_update', 'shared_module_update'] as const)('opens nothing on %s', async (reason) => {
    await onFirstRun({ reason, previousVersion: '0.1.0' });
    expect(opened).toEqual([]);
  });

  it('leaves a note of the update for the settings page', async () => {
    await onFirstRun({ reason: 'update', previousVersion: '0.1.0' });
    expect(await lastUpdateItem.getValue()).toMatchObject({ from: '0.1.0', to: '0.2.0' });
  });

  it('takes no note when Chrome itself updated', async () => {
    await onFirstRun({ reason: 'chrome_update' });
    expect(await lastUpdateItem.getValue()).toBeNull();
  });
});
