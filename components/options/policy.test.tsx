import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_BASE_URL } from '../../utils/api/constants';
import { publishInForce } from '../../utils/background/in-force';
import { NO_POLICY, type PolicyView } from '../../utils/policy';
import { autoOpenItem, policyOverridesItem, templatesItem } from '../../utils/storage';
import { LookupTemplates } from './LookupTemplates';
import { PolicyProblems } from './PolicyProblems';
import { Preferences } from './Preferences';
import { SettingsForm } from './SettingsForm';

const LOCKED = 'Set by your organisation. Ask your IT admin to change it.';
const view = (over: Partial<PolicyView>): PolicyView => ({ ...NO_POLICY, ...over });

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
});

describe('settings set by the organisation', () => {
  it('locked templates: the policy ones shown, the field disabled, a plain sentence, nothing saved', async () => {
    render(<LookupTemplates policy={view({ lookupTemplates: { greenhouse: ['GH-{applicationId}'] }, locked: ['lookupTemplates'] })} />);
    const field = screen.getByLabelText('Templates') as HTMLTextAreaElement;
    await waitFor(() => expect(field.value).toBe('GH-{applicationId}'));
    expect(field.disabled).toBe(true);
    expect(screen.getByText(LOCKED)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Save templates' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('unlocked templates are a default: editable, and saving records the override', async () => {
    render(<LookupTemplates policy={view({ lookupTemplates: { greenhouse: ['GH-{applicationId}'] } })} />);
    const field = screen.getByLabelText('Templates') as HTMLTextAreaElement;
    await waitFor(() => expect(field.value).toBe('GH-{applicationId}'));
    expect(screen.getByText('Suggested by your organisation. You may change it.')).toBeTruthy();
    fireEvent.input(field, { target: { value: '{personId}' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save templates' }));
    await waitFor(async () => expect(await templatesItem.getValue()).toEqual({ greenhouse: ['{personId}'] }));
    await waitFor(async () => expect(Object.keys(await policyOverridesItem.getValue())).toEqual(['lookupTemplates:greenhouse']));
  });

  it('a locked preference shows the policy value and cannot be changed', async () => {
    await autoOpenItem.setValue(false);
    // The worker publishes what applies (utils/background/in-force.ts); the page shows that.
    await fakeBrowser.storage.managed.set({ autoOpen: true, lockedSettings: ['autoOpen'] });
    await publishInForce();
    render(<Preferences policy={view({ autoOpen: true, locked: ['autoOpen'] })} />);
    const box = screen.getByRole('checkbox', { name: /Open automatically/ }) as HTMLInputElement;
    await waitFor(() => expect(box.checked).toBe(true));
    expect(box.disabled).toBe(true);
    expect(screen.getByText(LOCKED)).toBeTruthy();
  });

  it('a locked policy key: the key field is disabled and says the organisation set it', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: { type: string }) =>
      message.type === 'settings:get' ? { hasKey: true, baseUrl: DEFAULT_BASE_URL } : undefined) as never);
    render(<SettingsForm policy={view({ hasApiKey: true, locked: ['apiKey'] })} />);
    const key = screen.getByLabelText('API key') as HTMLInputElement;
    expect(key.disabled).toBe(true);
    expect(screen.getByText('Your organisation set the API key. It is never shown.')).toBeTruthy();
    expect(screen.getByText(LOCKED)).toBeTruthy();
  });

  it('a policy address without access offers one "Allow access to …" button', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
    // Not implemented by the fake browser; assigned, not spied, so the page can unmount after the test.
    Object.assign(fakeBrowser.permissions.onAdded, { addListener: () => undefined, removeListener: () => undefined });
    // Declined here (granting re-runs the check after this test's stubs are gone; the e2e grants it).
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false);
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: { type: string }) =>
      message.type === 'settings:get' ? { hasKey: true, baseUrl: 'https://xobin.example.com/api/v2' } : undefined) as never);
    render(<SettingsForm policy={view({ apiBaseUrl: 'https://xobin.example.com/api/v2', locked: ['apiBaseUrl'] })} />);
    const allow = await screen.findByRole('button', { name: 'Allow access to https://xobin.example.com' });
    fireEvent.click(allow);
    expect(request).toHaveBeenCalledWith({ origins: ['https://xobin.example.com/*'] });
    expect(await screen.findByText(/Access to https:\/\/xobin.example.com was not allowed/)).toBeTruthy();
  });

  it('lists what was ignored and why', () => {
    render(<PolicyProblems problems={[{ field: 'apiBaseUrl', message: 'Ignored. An organisation-wide API address must start with https://.' }]} />);
    expect(screen.getByRole('alert').textContent).toContain('apiBaseUrl: Ignored. An organisation-wide API address must start with https://.');
  });
});
