import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TabState } from '../tab-state';
import { createPublisher } from './publish';

const loading: TabState = { v: 1, tabId: 4, navId: 'a', url: 'https://app.greenhouse.io/people/1', lookups: [], phase: 'loading', updatedAt: 0 };

beforeEach(() => fakeBrowser.reset());

describe('the toolbar badge', () => {
  it('costs no calls for a state change that leaves it as it is, until the tab navigates', async () => {
    const calls = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    const { publish, forget } = createPublisher();
    await publish(loading, 4);
    await publish({ ...loading, navId: 'b', emails: ['jordan@example.com'] }, 4); // still "loading"
    expect(calls).toHaveBeenCalledTimes(1);
    await publish(loading, 5); // another tab is another badge
    expect(calls).toHaveBeenCalledTimes(2);
    forget(4); // the browser reset the badge with the page
    await publish(loading, 4);
    expect(calls).toHaveBeenCalledTimes(3);
    await publish(null, 4);
    expect(calls).toHaveBeenCalledTimes(4);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('');
  });

  it('tries again after a call the browser refused', async () => {
    const calls = vi.spyOn(fakeBrowser.action, 'setBadgeText').mockRejectedValueOnce(new Error('No tab with id: 4'));
    const { publish } = createPublisher();
    await publish(loading, 4);
    await publish(loading, 4);
    expect(calls).toHaveBeenCalledTimes(2);
  });
});
