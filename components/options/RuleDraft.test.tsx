import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { DEFAULT_BASE_URL } from '../../utils/api/constants';
import { draftHash } from '../../utils/rule-draft';
import { customRulesItem } from '../../utils/storage';
import { OptionsApp } from './OptionsApp';

// The panel's "Why no report?" opens options.html#rule=<JSON>: the form arrives filled, checked with
// the form's own checks, and saves like a rule typed by hand.

const draft = {
  name: 'Acme Hiring (v2)',
  host: 'ats.acme-hiring.example',
  urlPattern: '/v2/talent/(?<talentId>\\d+)/overview(?:[/?#]|$)',
  template: 'ACME-{talentId}',
};

function renderWith(hash: string) {
  vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue({ hasKey: true, baseUrl: DEFAULT_BASE_URL } as never);
  return render(<OptionsApp hash={hash} />);
}

describe('a rule drafted in the side panel', () => {
  it('fills the "Your own ATS rules" form, lands on it, and saves through the form', async () => {
    renderWith(draftHash(draft));
    const name = screen.getByLabelText<HTMLInputElement>('Name');
    expect(name.value).toBe(draft.name);
    expect(screen.getByLabelText<HTMLInputElement>('Host').value).toBe(draft.host);
    expect(screen.getByLabelText<HTMLInputElement>('URL pattern').value).toBe(draft.urlPattern);
    expect(screen.getByLabelText<HTMLInputElement>('Template').value).toBe(draft.template);
    expect(document.activeElement).toBe(name);
    Object.assign(browser, { permissions: { request: vi.fn(async () => true), contains: vi.fn(async () => true) } });
    fireEvent.click(screen.getByRole('button', { name: 'Add rule' }));
    await waitFor(async () => expect(await customRulesItem.getValue()).toEqual([expect.objectContaining({ ...draft, urlPattern: draft.urlPattern })]));
  });

  it('says what the checks find wrong with a draft at once, and leaves the form empty without one', () => {
    const { unmount } = renderWith(draftHash({ ...draft, urlPattern: '/v2/talent/77123' }));
    expect(document.getElementById('rule-form-problem')?.textContent).toMatch(/named group/i);
    unmount();
    renderWith('');
    expect(screen.getByLabelText<HTMLInputElement>('Host').value).toBe('');
  });
});
