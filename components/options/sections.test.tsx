import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { autoOpenItem, customRulesItem, lastDetectionItem, templatesItem } from '../../utils/storage';
import { CustomRules } from './CustomRules';
import { LookupTemplates } from './LookupTemplates';
import { Preferences } from './Preferences';

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
});

const type = (label: string | RegExp, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });

describe('LookupTemplates', () => {
  it('previews the lookups for the last detected page as the recruiter types, and saves them', async () => {
    await lastDetectionItem.setValue({
      ats: 'greenhouse',
      url: 'https://app.greenhouse.io/people/4012345002?application_id=5123456002',
      ids: [
        { key: 'applicationId', value: '5123456002' },
        { key: 'personId', value: '4012345002' },
      ],
      responseIds: [],
    });
    render(<LookupTemplates />);
    await screen.findByText(/For the last Greenhouse page you opened/);
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'custom_field_id 5123456002 from the Greenhouse application',
      'custom_field_id 4012345002 from the Greenhouse candidate',
    ]);
    type('Templates', 'GH-{personId}');
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['custom_field_id GH-4012345002 from the Greenhouse candidate']);
    fireEvent.click(screen.getByRole('button', { name: 'Save templates' }));
    await waitFor(async () => expect(await templatesItem.getValue()).toEqual({ greenhouse: ['GH-{personId}'] }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved for Greenhouse'));
  });

  it('names the problem with a template and does not save it', async () => {
    render(<LookupTemplates />);
    await waitFor(() => expect((screen.getByLabelText('Templates') as HTMLTextAreaElement).value).toBe('{applicationId}\n{personId}'));
    type('Templates', '{candidateId}');
    expect(screen.getByRole('alert').textContent).toMatch(/\{candidateId\} is not an id this ATS has/);
    fireEvent.click(screen.getByRole('button', { name: 'Save templates' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/not an id/));
    expect(await templatesItem.getValue()).toEqual({});
  });
});

describe('CustomRules', () => {
  it('validates a rule with a plain message, then asks for the host and saves it', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    render(<CustomRules />);
    type(/^Name/, 'Acme ATS');
    type(/^Host/, 'ats.acme.example');
    type(/^URL pattern/, '/talent/(\\d+)');
    type(/^Template/, 'ACME-{candidateId}');
    fireEvent.click(screen.getByRole('button', { name: 'Add rule' }));
    expect(screen.getByRole('alert').textContent).toMatch(/named group/);
    expect(request).not.toHaveBeenCalled();
    type(/^URL pattern/, '/talent/(?<candidateId>\\d+)');
    fireEvent.click(screen.getByRole('button', { name: 'Add rule' }));
    expect(request).toHaveBeenCalledWith({ origins: ['https://ats.acme.example/*'] });
    await waitFor(async () =>
      expect(await customRulesItem.getValue()).toMatchObject([{ name: 'Acme ATS', host: 'ats.acme.example', template: 'ACME-{candidateId}' }]),
    );
    expect(await screen.findByText(/Rule "Acme ATS" saved/)).toBeTruthy();
  });

  it('offers "Allow access" for a rule whose host was not granted, and removes rules', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
    await customRulesItem.setValue([{ id: 'acme', name: 'Acme', host: 'ats.acme.example', urlPattern: '/t/(?<id>\\d+)', template: '{id}' }]);
    render(<CustomRules />);
    expect(await screen.findByRole('button', { name: 'Allow access to ats.acme.example' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Remove rule Acme' }));
    await waitFor(async () => expect(await customRulesItem.getValue()).toEqual([]));
  });

  it('imports a rules file, refusing a broken one without losing the saved rules', async () => {
    await customRulesItem.setValue([{ id: 'keep', name: 'Keep', host: 'keep.example.com', urlPattern: '/(?<id>\\d+)', template: '{id}' }]);
    render(<CustomRules />); // uploading before the saved rules have even rendered must not lose them
    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    const upload = (text: string) => {
      const file = new File([text], 'rules.json', { type: 'application/json' });
      Object.defineProperty(input, 'files', { value: [file], configurable: true });
      fireEvent.change(input);
    };
    upload('{"rules": [{"name": "X", "host": "bad host", "urlPattern": "/(?<id>\\\\d+)", "template": "{id}"}]}');
    expect(await screen.findByText(/Nothing was imported. Rule 1: Enter a host name/)).toBeTruthy();
    upload('{"rules": [{"id": "new", "name": "New", "host": "new.example.com", "urlPattern": "/(?<id>\\\\d+)", "template": "N-{id}"}]}');
    await waitFor(async () => expect((await customRulesItem.getValue()).map((rule) => (rule as { id: string }).id)).toEqual(['keep', 'new']));
  });
});

describe('Preferences', () => {
  it('turns "Open automatically" on and off', async () => {
    render(<Preferences />);
    const box = screen.getByLabelText(/Open automatically on candidate profiles/) as HTMLInputElement;
    fireEvent.click(box);
    await waitFor(async () => expect(await autoOpenItem.getValue()).toBe(true));
  });
});
