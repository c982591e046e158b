import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { DEFAULT_BASE_URL } from '../../utils/api/constants';
import type { PageMessage, Responses } from '../../utils/messages';
import { SettingsForm } from './SettingsForm';

type Handlers = { [K in PageMessage['type']]?: (message: Extract<PageMessage, { type: K }>) => Responses[K] | Promise<Responses[K]> };

/** Stands in for the background: answers settings:* messages and records what was sent. */
function stubBackground(handlers: Handlers = {}) {
  const all: Handlers = {
    'settings:get': () => ({ hasKey: false, baseUrl: DEFAULT_BASE_URL }),
    'settings:save': () => ({ ok: true }),
    'settings:test': () => ({ ok: true, message: 'Connected: Xobin accepted the key.' }),
    ...handlers,
  };
  const spy = vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((async (message: PageMessage) => {
    const handler = all[message.type] as ((m: PageMessage) => unknown) | undefined;
    if (!handler) throw new Error(`unexpected message ${message.type}`);
    return handler(message);
  }) as unknown as typeof browser.runtime.sendMessage);
  const sent = (type: PageMessage['type']) => spy.mock.calls.map(([m]) => m as unknown as PageMessage).filter((m) => m.type === type);
  return { spy, sent };
}

function stubPermission(answer: boolean | Promise<boolean> | Error = true) {
  return vi
    .spyOn(browser.permissions, 'request')
    .mockImplementation((() => (answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer))) as typeof browser.permissions.request);
}

async function renderLoaded() {
  render(<SettingsForm />);
  await waitFor(() => expect(document.querySelector('form')!.hasAttribute('aria-busy')).toBe(false));
}

const keyField = () => screen.getByLabelText('API key') as HTMLInputElement;
const urlField = () => screen.getByLabelText('API base URL') as HTMLInputElement;
const status = () => screen.getByRole('status');
const type = (input: HTMLInputElement, value: string) => fireEvent.input(input, { target: { value } });
const click = (name: string | RegExp) => fireEvent.click(screen.getByRole('button', { name }));

describe('SettingsForm', () => {
  it('starts empty with the default base URL behind a closed "Advanced" disclosure', async () => {
    stubBackground();
    await renderLoaded();
    expect(keyField().type).toBe('password');
    expect(keyField().value).toBe('');
    expect(screen.getByText('Paste the key Xobin gave your account.')).toBeTruthy();
    expect(urlField().value).toBe(DEFAULT_BASE_URL);
    const details = urlField().closest('details')!;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')!.textContent).toBe('Advanced');
  });

  it('never shows a saved key: it says one is saved and leaves the field empty', async () => {
    stubBackground({ 'settings:get': () => ({ hasKey: true, baseUrl: DEFAULT_BASE_URL }) });
    await renderLoaded();
    await screen.findByText('A key is saved. Paste a new one to replace it.');
    expect(keyField().value).toBe('');
    expect(keyField().getAttribute('aria-describedby')).toBe('api-key-hint');
  });

  it('shows and hides the key with a labelled toggle', async () => {
    stubBackground();
    await renderLoaded();
    type(keyField(), 'abc');
    click('Show key');
    expect(keyField().type).toBe('text');
    click('Hide key');
    expect(keyField().type).toBe('password');
    // Only the field itself answers to "API key", even for substring label lookups.
    expect(document.querySelectorAll('[aria-label*="API key" i]')).toHaveLength(0);
  });

  it('saves a new key, confirms with "Saved", and empties the field', async () => {
    const bg = stubBackground();
    await renderLoaded();
    type(keyField(), '  demo-key-123 ');
    click('Save');
    await waitFor(() => expect(status().textContent).toBe('Saved'));
    expect(bg.sent('settings:save')).toEqual([{ type: 'settings:save', baseUrl: DEFAULT_BASE_URL, apiKey: 'demo-key-123' }]);
    expect(keyField().value).toBe('');
    expect(screen.getByText('A key is saved. Paste a new one to replace it.')).toBeTruthy();
    expect(document.body.innerHTML).not.toContain('demo-key-123');
  });

  it('keeps the saved key when saving with the key field empty (no apiKey sent)', async () => {
    const bg = stubBackground({ 'settings:get': () => ({ hasKey: true, baseUrl: DEFAULT_BASE_URL }) });
    await renderLoaded();
    await screen.findByText(/A key is saved/);
    click('Save');
    await waitFor(() => expect(status().textContent).toBe('Saved'));
    const [saved] = bg.sent('settings:save');
    expect(saved).toEqual({ type: 'settings:save', baseUrl: DEFAULT_BASE_URL });
    expect(saved).not.toHaveProperty('apiKey');
  });

  it('asks for a key when none is saved, next to the field, and sends nothing', async () => {
    const bg = stubBackground();
    await renderLoaded();
    click('Save');
    const error = await screen.findByText('Paste the API key.');
    expect(error.id).toBe('api-key-error');
    expect(keyField().getAttribute('aria-invalid')).toBe('true');
    expect(keyField().getAttribute('aria-describedby')).toContain('api-key-error');
    await waitFor(() => expect(document.activeElement).toBe(keyField()));
    expect(bg.sent('settings:save')).toEqual([]);
    type(keyField(), 'k');
    expect(keyField().hasAttribute('aria-invalid')).toBe(false);
  });

  it('rejects a key with spaces inside', async () => {
    const bg = stubBackground();
    await renderLoaded();
    type(keyField(), 'two words');
    click('Save');
    await screen.findByText(/no spaces or line breaks/);
    expect(bg.sent('settings:save')).toEqual([]);
  });

  it('rejects a plain-http base URL next to the field, opening the disclosure', async () => {
    const bg = stubBackground({ 'settings:get': () => ({ hasKey: true, baseUrl: DEFAULT_BASE_URL }) });
    const request = stubPermission();
    await renderLoaded();
    type(urlField(), 'http://xobin.example.com/api/v2');
    click('Save');
    const error = await screen.findByText(/must start with https:\/\//);
    expect(urlField().getAttribute('aria-describedby')).toBe(`base-url-hint ${error.id}`);
    expect(urlField().getAttribute('aria-invalid')).toBe('true');
    expect(urlField().closest('details')!.open).toBe(true);
    await waitFor(() => expect(document.activeElement).toBe(urlField()));
    expect(request).not.toHaveBeenCalled();
    expect(bg.sent('settings:save')).toEqual([]);
  });

  it('requests the host permission synchronously in the click, then saves the normalised URL', async () => {
    const bg = stubBackground({ 'settings:get': () => ({ hasKey: true, baseUrl: DEFAULT_BASE_URL }) });
    let grant!: (granted: boolean) => void;
    const request = stubPermission(new Promise<boolean>((resolve) => (grant = resolve)));
    await renderLoaded();
    type(urlField(), ' https://eu.xobin.example/api/v2/// ');
    click('Save');
    // Still inside the click: the request must already have been made, before anything awaited.
    expect(request).toHaveBeenCalledWith({ origins: ['https://eu.xobin.example/*'] });
    expect(bg.sent('settings:save')).toEqual([]);
    grant(true);
    await waitFor(() => expect(status().textContent).toBe('Saved'));
    expect(bg.sent('settings:save')).toEqual([{ type: 'settings:save', baseUrl: 'https://eu.xobin.example/api/v2' }]);
    expect(urlField().value).toBe('https://eu.xobin.example/api/v2');
  });

  it('explains, next to the base URL, when the user declines the permission', async () => {
    const bg = stubBackground({ 'settings:get': () => ({ hasKey: true, baseUrl: DEFAULT_BASE_URL }) });
    stubPermission(false);
    await renderLoaded();
    type(urlField(), 'https://eu.xobin.example/api/v2');
    click('Save');
    await screen.findByText(/Access to https:\/\/eu\.xobin\.example was not allowed/);
    expect(status().textContent).toBe('Not saved.');
    expect(bg.sent('settings:save')).toEqual([]);
  });

  it('says so when the browser refuses to ask for the permission', async () => {
    stubBackground({ 'settings:get': () => ({ hasKey: true, baseUrl: DEFAULT_BASE_URL }) });
    stubPermission(new Error('Only permissions specified in the manifest may be requested.'));
    await renderLoaded();
    type(urlField(), 'https://xobin.internal.example/api/v2');
    click('Save');
    await screen.findByText(/The browser did not offer access to https:\/\/xobin\.internal\.example/);
  });

  it('does not ask for a permission for the default origin', async () => {
    stubBackground();
    const request = stubPermission();
    await renderLoaded();
    type(keyField(), 'abc');
    click('Save');
    await waitFor(() => expect(status().textContent).toBe('Saved'));
    expect(request).not.toHaveBeenCalled();
  });

  it('opens the disclosure when a custom base URL is saved', async () => {
    stubBackground({ 'settings:get': () => ({ hasKey: true, baseUrl: 'https://eu.xobin.example/api/v2' }) });
    await renderLoaded();
    await waitFor(() => expect(urlField().value).toBe('https://eu.xobin.example/api/v2'));
    await waitFor(() => expect(urlField().closest('details')!.open).toBe(true));
    click('Use default');
    expect(urlField().value).toBe(DEFAULT_BASE_URL);
  });

  it("shows the background's field error when it refuses the save", async () => {
    stubBackground({ 'settings:save': () => ({ ok: false, field: 'apiKey', message: 'That is too long to be an API key.' }) });
    await renderLoaded();
    type(keyField(), 'abc');
    click('Save');
    const error = await screen.findByText('That is too long to be an API key.');
    expect(error.id).toBe('api-key-error');
    expect(status().textContent).toBe('Not saved.');
  });

  it('tests the connection with the typed key and shows the answer in plain words', async () => {
    const bg = stubBackground({ 'settings:test': () => ({ ok: false, message: 'Xobin refused this key (HTTP 401). Check it with Xobin support.' }) });
    await renderLoaded();
    type(keyField(), 'wrong-key');
    click('Test connection');
    await waitFor(() => expect(status().textContent).toBe('Xobin refused this key (HTTP 401). Check it with Xobin support.'));
    expect(status().className).toContain('error');
    expect(bg.sent('settings:test')).toEqual([{ type: 'settings:test', baseUrl: DEFAULT_BASE_URL, apiKey: 'wrong-key' }]);
    expect(bg.sent('settings:save')).toEqual([]);
    // Testing does not save, so the typed key stays for a Save.
    expect(keyField().value).toBe('wrong-key');
  });

  it('tests the saved key when the field is empty', async () => {
    const bg = stubBackground({ 'settings:get': () => ({ hasKey: true, baseUrl: DEFAULT_BASE_URL }) });
    await renderLoaded();
    await screen.findByText(/A key is saved/);
    click('Test connection');
    await waitFor(() => expect(status().textContent).toBe('Connected: Xobin accepted the key.'));
    expect(status().className).toContain('ok');
    expect(bg.sent('settings:test')).toEqual([{ type: 'settings:test', baseUrl: DEFAULT_BASE_URL }]);
  });

  it('clears a stale "Saved" as soon as a field changes', async () => {
    stubBackground();
    await renderLoaded();
    type(keyField(), 'abc');
    click('Save');
    await waitFor(() => expect(status().textContent).toBe('Saved'));
    type(urlField(), 'https://app.xobin.com/api/v3');
    expect(status().textContent).toBe('');
  });

  it('says plainly when the background does not answer', async () => {
    stubBackground({
      'settings:save': () => {
        throw new Error('Could not establish connection. Receiving end does not exist.');
      },
    });
    await renderLoaded();
    type(keyField(), 'abc');
    click('Save');
    await waitFor(() => expect(status().textContent).toMatch(/The extension did not answer/));
  });

  it('ignores a second click while the first save is running', async () => {
    let finish!: (result: Responses['settings:save']) => void;
    const bg = stubBackground({ 'settings:save': () => new Promise((resolve) => (finish = resolve)) });
    await renderLoaded();
    type(keyField(), 'abc');
    click('Save');
    await waitFor(() => expect(status().textContent).toBe('Saving…'));
    click('Save');
    click('Test connection');
    finish({ ok: true });
    await waitFor(() => expect(status().textContent).toBe('Saved'));
    expect(bg.sent('settings:save')).toHaveLength(1);
    expect(bg.sent('settings:test')).toHaveLength(0);
  });
});
