import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { notifyCompletedItem, watchedItem } from '../../utils/storage';
import { Preferences } from './Preferences';
import { WatchedList } from './WatchedList';

beforeEach(() => fakeBrowser.reset());

const entry = (responseId: string, addedAt: number) => ({ responseId, lookup: { by: 'response_id' as const, value: responseId }, addedAt });

describe('Watched interviews', () => {
  it('lists the watched ids with the date added; remove and clear all edit the stored list', async () => {
    await watchedItem.setValue([entry('979562', Date.UTC(2026, 0, 10, 12)), entry('979563', Date.UTC(2026, 0, 11, 12))]);
    render(<WatchedList />);
    const items = await screen.findAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(['Response 979562 added Jan 10, 2026Remove', 'Response 979563 added Jan 11, 2026Remove']);
    fireEvent.click(screen.getByRole('button', { name: 'Stop watching response 979562' }));
    await waitFor(async () => expect((await watchedItem.getValue()).map((e) => e.responseId)).toEqual(['979563']));
    fireEvent.click(await screen.findByRole('button', { name: 'Clear all' }));
    await screen.findByText('Nothing is watched. Open a pending report to watch it.');
    expect(await watchedItem.getValue()).toEqual([]);
  });
});

describe('Notify preference', () => {
  it('is on by default and turns off', async () => {
    render(<Preferences />);
    const box = screen.getByLabelText(/Notify me when a pending interview is completed/) as HTMLInputElement;
    expect(box.checked).toBe(true);
    fireEvent.click(box);
    await waitFor(async () => expect(await notifyCompletedItem.getValue()).toBe(false));
  });
});
