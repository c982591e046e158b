import { fireEvent, render, screen } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { publishInForce } from '../../utils/background/in-force';
import { aiInterviewsItem, allowInvitesItem, tabStateItem } from '../../utils/storage';
import { App } from '../App';
import { LOOKUP, tabState } from '../test-fixtures';

// The panel's invite form is prefilled from what the page showed for the tab's candidate (TabState
// name and emails, Detection in utils/ats/profile-name.ts and profile-email.ts).

const notFound = { kind: 'error' as const, error: { kind: 'not-found' as const }, tried: [LOOKUP] };
const value = (label: string) => (screen.getByLabelText(label) as HTMLInputElement).value;

beforeEach(async () => {
  fakeBrowser.reset();
  history.replaceState(null, '', '/sidepanel.html');
  vi.spyOn(browser.windows, 'getCurrent').mockResolvedValue({ id: 3 } as never);
  vi.spyOn(browser.tabs, 'query').mockResolvedValue([{ id: 7, windowId: 3, active: true }] as never);
  vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue(undefined);
  await allowInvitesItem.setValue(true);
  await aiInterviewsItem.setValue([{ id: 12, name: 'Backend screen' }]);
  await publishInForce(); // what the worker does after a settings change: the panel reads the values in force
});

describe('the invite form, prefilled from the page', () => {
  it("takes the candidate's name and email the page showed", async () => {
    await tabStateItem(7).setValue(tabState({ result: notFound, name: 'Kendall Eurohouse', emails: ['kendall.eurohouse@example.com'] }));
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Invite to AI Interview' }));
    expect(value('Candidate name')).toBe('Kendall Eurohouse');
    expect(value('Candidate email')).toBe('kendall.eurohouse@example.com');
  });

  it('leaves the name empty for the recruiter when the page showed none for sure', async () => {
    await tabStateItem(7).setValue(tabState({ result: notFound, emails: ['kendall.eurohouse@example.com'] }));
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Invite to AI Interview' }));
    expect(value('Candidate name')).toBe('');
    expect(value('Candidate email')).toBe('kendall.eurohouse@example.com');
  });
});
