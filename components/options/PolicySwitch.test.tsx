import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { publishInForce } from '../../utils/background/in-force';
import { fingerprint, NO_POLICY, type PolicyView } from '../../utils/policy';
import { inForceItem } from '../../utils/policy-view';
import { allowShareItem, listScoresItem, policyOverridesItem } from '../../utils/storage';
import { PolicySwitch } from './PolicySwitch';

// The switch shows what the worker publishes (utils/background/in-force.ts); publishInForce stands in
// for the running worker, which republishes on every change of an input.

const LOCKED = 'Set by your organisation. Ask your IT admin to change it.';
const SUGGESTED = 'Suggested by your organisation. You may change it.';
const view = (over: Partial<PolicyView>): PolicyView => ({ ...NO_POLICY, ...over });
const box = (name: RegExp) => screen.getByRole('checkbox', { name }) as HTMLInputElement;

beforeEach(() => fakeBrowser.reset());

describe('PolicySwitch', () => {
  it('with no policy: the recruiter’s value, no note, and a click saves theirs', async () => {
    await listScoresItem.setValue(false);
    await publishInForce();
    render(<PolicySwitch field="listScores" label="Scores in lists" hint="On list pages" policy={NO_POLICY} />);
    await waitFor(() => expect(box(/Scores in lists/).checked).toBe(false));
    expect(box(/On list pages/).getAttribute('aria-describedby')).toBeNull();
    expect(screen.queryByText(SUGGESTED)).toBeNull();
    fireEvent.click(box(/Scores in lists/));
    await waitFor(async () => expect(await listScoresItem.getValue()).toBe(true));
    expect(await policyOverridesItem.getValue()).toEqual({});
  });

  it('shows the default until the worker’s values are read', () => {
    render(<PolicySwitch field="allowShare" label="Share" policy={NO_POLICY} />);
    expect(box(/Share/).checked).toBe(true);
    expect(box(/Share/).disabled).toBe(false);
  });

  it('locked by the organisation: its value, greyed out, described by the locked note', async () => {
    await allowShareItem.setValue(true);
    await fakeBrowser.storage.managed.set({ allowShare: false, lockedSettings: ['allowShare'] });
    await publishInForce();
    render(<PolicySwitch field="allowShare" label="Share" policy={view({ allowShare: false, locked: ['allowShare'] })} />);
    await waitFor(() => expect(box(/Share/).disabled).toBe(true));
    expect(box(/Share/).checked).toBe(false);
    expect(box(/Share/).getAttribute('aria-describedby')).toBe('allow-share-policy');
    expect(document.getElementById('allow-share-policy')?.textContent).toBe(LOCKED);
  });

  it('suggested by the organisation: a click saves the recruiter’s choice as an override, which then applies', async () => {
    await fakeBrowser.storage.managed.set({ allowShare: false });
    await publishInForce();
    const policy = view({ allowShare: false });
    render(<PolicySwitch field="allowShare" label="Share" policy={policy} />);
    await waitFor(() => expect(screen.getByText(SUGGESTED)).toBeTruthy());
    expect(box(/Share/).checked).toBe(false);
    fireEvent.click(box(/Share/));
    await waitFor(async () => expect(await policyOverridesItem.getValue()).toEqual({ allowShare: fingerprint(false) }));
    expect(await allowShareItem.getValue()).toBe(true);
    await publishInForce();
    await waitFor(() => expect(screen.queryByText(SUGGESTED)).toBeNull());
    expect(box(/Share/).checked).toBe(true);
    expect((await inForceItem.getValue())?.allowShare).toEqual({ value: true, source: 'local', locked: false });
  });
});
