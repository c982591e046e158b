import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { InviteForm } from './InviteForm';

const interviews = [
  { id: 31877, name: 'Backend Engineer – AI Interview' },
  { id: 31902, name: 'Frontend Engineer – AI Interview' },
];
const stamp = { value: '5123456099', source: 'Greenhouse application id' };

function setup(overrides: Partial<Parameters<typeof InviteForm>[0]> = {}) {
  const onSubmit = vi.fn();
  const props = {
    prefill: { name: 'Morgan Newhire', email: 'morgan.newhire@example.com' },
    interviews,
    stamp,
    busy: false,
    onSubmit,
    onCancel: vi.fn(),
    onOpenSettings: vi.fn(),
    ...overrides,
  };
  const view = render(<InviteForm {...props} />);
  return { onSubmit, props, view };
}

describe('InviteForm', () => {
  it('is prefilled from the profile, shows the id it stamps and where it came from, and sends the chosen interview', () => {
    const { onSubmit } = setup();
    expect((screen.getByLabelText('Candidate name') as HTMLInputElement).value).toBe('Morgan Newhire');
    expect((screen.getByLabelText('Candidate email') as HTMLInputElement).value).toBe('morgan.newhire@example.com');
    expect(screen.getByText(/custom_field_id 5123456099 \(from Greenhouse application id\)/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('AI interview'), { target: { value: '31902' } });
    fireEvent.click(screen.getByLabelText('Get a link'));
    fireEvent.click(screen.getByRole('button', { name: 'Send invite' }));
    expect(onSubmit).toHaveBeenCalledWith({
      candidateName: 'Morgan Newhire',
      candidateEmail: 'morgan.newhire@example.com',
      aiInterviewId: 31902,
      format: 'getlink',
      customFieldId: '5123456099',
    });
  });

  it('preselects the only interview', () => {
    const { onSubmit } = setup({ interviews: interviews.slice(0, 1) });
    fireEvent.click(screen.getByRole('button', { name: 'Send invite' }));
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ aiInterviewId: 31877 }));
  });

  it('says what is wrong next to the field and sends nothing', () => {
    const { onSubmit } = setup({ prefill: { name: '', email: 'morgan@' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send invite' }));
    expect(onSubmit).not.toHaveBeenCalled();
    const email = screen.getByLabelText('Candidate email');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(email.getAttribute('aria-describedby')!)!.textContent).toBe('Not an email address.');
    expect(screen.getByLabelText('Candidate name').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('AI interview').getAttribute('aria-invalid')).toBe('true');
  });

  it('sends one invite however fast it is clicked', () => {
    const { onSubmit } = setup({ interviews: interviews.slice(0, 1) });
    const button = screen.getByRole('button', { name: 'Send invite' });
    fireEvent.click(button);
    fireEvent.click(button);
    fireEvent.submit(button.closest('form')!);
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('says invites are used up in plain words, and that a lost answer may have created the invite', () => {
    const { view, props } = setup({ error: { kind: 'invites-exhausted', status: 403, detail: 'Invites Exhausted. Please contact support.' } });
    expect(screen.getByRole('alert').textContent).toContain('No invites left');
    expect(screen.getByRole('alert').textContent).toContain('Ask Xobin support for more invites');
    view.rerender(<InviteForm {...props} error={{ kind: 'timeout' }} />);
    expect(screen.getByRole('alert').textContent).toContain('may or may not have been created');
  });

  it('with no interviews named, says where to name them and cannot send', () => {
    const { props } = setup({ interviews: [] });
    expect(screen.getByText(/No AI interviews are named yet/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Send invite' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Open settings' }));
    expect(props.onOpenSettings).toHaveBeenCalled();
  });
});

describe('InviteForm after an answer', () => {
  it('can send again once the worker answered (busy came and went)', () => {
    const { onSubmit, props, view } = setup({ interviews: interviews.slice(0, 1) });
    fireEvent.click(screen.getByRole('button', { name: 'Send invite' }));
    view.rerender(<InviteForm {...props} busy />);
    view.rerender(<InviteForm {...props} busy={false} error={{ kind: 'rejected', status: 400, detail: 'candidate_email must be a valid email address' }} />);
    expect(screen.getByRole('alert').textContent).toContain('candidate_email must be a valid email address');
    fireEvent.click(screen.getByRole('button', { name: 'Send invite' }));
    expect(onSubmit).toHaveBeenCalledTimes(2);
  });
});
