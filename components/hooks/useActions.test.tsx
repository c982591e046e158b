import { render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { publishInForce } from '../../utils/background/in-force';
import { aiInterviewsItem, allowShareItem } from '../../utils/storage';
import { useActions } from './useActions';

function Shown() {
  const { aiInterviews, allowInvites, allowShare } = useActions();
  return <p>{JSON.stringify({ interviews: aiInterviews.map((interview) => interview.id), allowInvites, allowShare })}</p>;
}

beforeEach(() => fakeBrowser.reset());

describe('useActions (the panel)', () => {
  it('offers nothing until the worker has published the values in force', () => {
    render(<Shown />);
    expect(screen.getByText('{"interviews":[],"allowInvites":false,"allowShare":false}')).toBeTruthy();
  });

  it('offers what the worker applies: the organisation’s locked value over the recruiter’s', async () => {
    await aiInterviewsItem.setValue([{ id: 31877, name: 'Backend' }]);
    await allowShareItem.setValue(true);
    await fakeBrowser.storage.managed.set({ allowShare: false, lockedSettings: ['allowShare'] });
    await publishInForce();
    render(<Shown />);
    await waitFor(() => expect(screen.getByText('{"interviews":[31877],"allowInvites":true,"allowShare":false}')).toBeTruthy());
  });
});
