import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import { ERROR_KEYS, type ApiErrorKind } from '../../utils/api/errors';
import { LOOKUP } from '../test-fixtures';
import { ErrorState } from './ErrorState';

const KINDS = Object.keys(ERROR_KEYS) as ApiErrorKind[];
/** The English words of an error, straight from the shipped catalogue. */
const english = (kind: ApiErrorKind) => {
  const [title, message, next] = ERROR_KEYS[kind].map((key) => en[key].message);
  return { title: title!, message: message!, next: next! };
};

function setup(kind: ApiErrorKind, extra: object = {}, tried = [LOOKUP]) {
  const onRetry = vi.fn();
  const onOpenSettings = vi.fn();
  render(<ErrorState error={{ kind, ...extra }} tried={tried} onRetry={onRetry} onOpenSettings={onOpenSettings} />);
  return { onRetry, onOpenSettings };
}

describe('ErrorState', () => {
  it.each(KINDS)('%s shows the title, message and next step', (kind) => {
    setup(kind);
    expect(screen.getByRole('heading', { level: 1, name: english(kind).title })).toBeTruthy();
    expect(screen.getByText(english(kind).message)).toBeTruthy();
    expect(screen.getByText(english(kind).next)).toBeTruthy();
  });

  it.each(['no-key', 'unauthorized'] as const)('%s offers settings', (kind) => {
    const { onOpenSettings, onRetry } = setup(kind);
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Open settings' }));
    expect(onOpenSettings).toHaveBeenCalledOnce();
    expect(onRetry).not.toHaveBeenCalled();
  });

  it.each(KINDS.filter((kind) => kind !== 'no-key' && kind !== 'unauthorized'))('%s offers to try again', (kind) => {
    const { onRetry } = setup(kind);
    expect(screen.queryByRole('button', { name: 'Open settings' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('shows the API’s own words', () => {
    setup('server', { status: 503, detail: 'Maintenance until 10:00' });
    expect(screen.getByText('Xobin said: “Maintenance until 10:00”')).toBeTruthy();
  });

  it('does not put its own findings in Xobin’s mouth', () => {
    setup('invalid-response', { status: 200, detail: 'score: expected number' });
    expect(screen.getByText('Details: score: expected number')).toBeTruthy();
    expect(screen.queryByText(/Xobin said/)).toBeNull();
  });

  it('shows how long Xobin asked to wait', () => {
    setup('rate-limited', { retryAfter: 30 });
    expect(
      screen.getByText('Xobin asked us to wait 30 seconds before trying again; lookups resume then. The extension never waits longer than an hour.'),
    ).toBeTruthy();
  });

  it('lists the lookups tried when nothing was found', () => {
    setup('not-found', {}, [LOOKUP, { by: 'custom_field_id', value: '4012345002', source: 'the Greenhouse candidate' }]);
    const items = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(items).toEqual(['custom_field_id 5123456002 · from the Greenhouse application', 'custom_field_id 4012345002 · from the Greenhouse candidate']);
  });

  it('does not list lookups for other errors', () => {
    setup('server');
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('reads an unknown kind as a server problem rather than a blank', () => {
    setup('teapot' as ApiErrorKind);
    expect(screen.getByText(english('server').title)).toBeTruthy();
  });
});

describe('ErrorState before a key is saved', () => {
  it('says "Connect to Xobin" as a first step, not an alarm, with one button: the settings', () => {
    const onOpenSettings = vi.fn();
    const { container } = render(<ErrorState error={{ kind: 'no-key' }} tried={[]} onRetry={vi.fn()} onOpenSettings={onOpenSettings} onLookup={vi.fn()} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Connect to Xobin');
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual(['Open settings']);
    expect(container.querySelector('.notice-error')).toBeNull();
    fireEvent.click(screen.getByRole('button'));
    expect(onOpenSettings).toHaveBeenCalledOnce();
  });
});
