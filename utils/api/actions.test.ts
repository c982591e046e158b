// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { AI_INTERVIEWS, startMockServer, VALID_API_KEYS } from '../../scripts/mock-xobin/server.mjs';
import { insecureFetch } from '../../scripts/mock-xobin/insecure-fetch.mjs';
import { formatGmtMinute } from '../panel/invite-form';
import { fetchInvited, readUtc, sendInvite, shareReport, type InviteRequest } from './actions';
import { fetchReport } from './client';

// Where the key may go is key-gate's (key-gate.test.ts); here, the protocol against the mock API.
vi.mock('../background/key-gate', () => ({ keyMayGoTo: async () => true }));

type Mock = Awaited<ReturnType<typeof startMockServer>>;
let mock: Mock;
let config: { baseUrl: string; apiKey: string };

const options = { fetch: insecureFetch, sleep: async () => undefined, random: () => 0.5 };
const invite: InviteRequest = {
  candidateName: 'Morgan Newhire',
  candidateEmail: 'morgan.newhire@example.com',
  aiInterviewId: AI_INTERVIEWS[0]!.id,
  format: 'getlink',
  customFieldId: '5123456099',
};

beforeAll(async () => {
  mock = await startMockServer();
  config = { baseUrl: `https://127.0.0.1:${mock.port}/api/v2`, apiKey: VALID_API_KEYS[0]! };
});
afterAll(() => mock?.close());
beforeEach(() => mock.reset());

describe('sendInvite', () => {
  it('posts the documented body once and reads the invite; the report is then found by its custom_field_id', async () => {
    const result = await sendInvite({ ...invite, startDate: '2026-12-07 09:00' }, config, options);
    expect(result).toMatchObject({ ok: true, value: { status: 'Pending', custom_field_id: '5123456099', invite_link: expect.stringMatching(/^https:\/\//) } });
    const posts = mock.requests.filter((r) => r.method === 'POST');
    expect(posts).toHaveLength(1);
    expect(posts[0]!.body).toEqual({
      candidate_name: 'Morgan Newhire',
      candidate_email: 'morgan.newhire@example.com',
      ai_interview_id: 31877,
      invite_format: 'getlink',
      start_date: '2026-12-07 09:00',
      custom_field_id: '5123456099',
    });
    expect(await fetchReport({ by: 'custom_field_id', value: '5123456099' }, config, options)).toMatchObject({ ok: true, report: { status: 'pending' } });
  });

  it('says the invites are used up on 403 limit_exceed, and is not retried', async () => {
    mock.setInvitesLeft(0);
    expect(await sendInvite(invite, config, options)).toEqual({
      ok: false,
      error: { kind: 'invites-exhausted', status: 403, detail: 'Invites Exhausted. Please contact support.' },
    });
    expect(mock.requests).toHaveLength(1);
  });

  it('gives the API own words for a refused field, and for an unknown interview', async () => {
    expect(await sendInvite({ ...invite, candidateEmail: 'nope' }, config, options)).toEqual({
      ok: false,
      error: { kind: 'rejected', status: 400, detail: 'candidate_email must be a valid email address' },
    });
    expect(await sendInvite({ ...invite, aiInterviewId: 1 }, config, options)).toMatchObject({ ok: false, error: { kind: 'rejected', status: 404 } });
  });

  it('never sends an invite twice, not even after a server error or a timeout (it may have been created)', async () => {
    mock.scenario('invite', [{ status: 502 }]);
    expect(await sendInvite(invite, config, options)).toMatchObject({ ok: false, error: { kind: 'server', status: 502 } });
    mock.scenario('invite', [{ hangMs: 2_000 }]);
    expect(await sendInvite(invite, config, { ...options, attemptTimeoutMs: 200 })).toMatchObject({ ok: false, error: { kind: 'timeout' } });
    expect(mock.requests.filter((r) => r.path.endsWith('/invite'))).toHaveLength(2);
  });

  it('is refused with a wrong key like every call', async () => {
    expect(await sendInvite(invite, { ...config, apiKey: 'wrong' }, options)).toMatchObject({ ok: false, error: { kind: 'unauthorized', status: 401 } });
  });
});

describe('fetchInvited', () => {
  it('reads everyone invited to one interview in one request', async () => {
    const created = await sendInvite(invite, config, options);
    const result = await fetchInvited('31877', config, options);
    expect(result.ok).toBe(true);
    const rows = result.ok ? result.value : [];
    expect(rows.find((row) => created.ok && row.response_id === created.value.response_id)).toMatchObject({ invite_status: 'Pending' });
    expect(rows.find((row) => row.response_id === '979554')).toMatchObject({ invite_status: 'Completed' });
    expect(await fetchInvited('4242', config, options)).toMatchObject({ ok: false, error: { kind: 'not-found' } });
  });

  it('retries a server error (a read is safe to repeat)', async () => {
    mock.scenario('invited=31877', [{ status: 503 }]);
    expect((await fetchInvited('31877', config, options)).ok).toBe(true);
  });
});

describe('shareReport', () => {
  it('returns the signed link and its expiry read as UTC', async () => {
    const before = Date.now();
    const result = await shareReport('979554', 8, config, options);
    expect(result).toMatchObject({ ok: true, value: { url: expect.stringMatching(/^https:\/\/app\.xobin\.com\/ai-interviews\/shared\/979554\?/) } });
    const expiresAt = result.ok ? result.value.expiresAt : 0;
    expect(expiresAt - before).toBeGreaterThan(8 * 3_600_000 - 2_000);
    expect(expiresAt - before).toBeLessThan(8 * 3_600_000 + 2_000);
    expect(mock.requests.at(-1)!.body).toEqual({ expiration_hours: 8 });
  });

  it('keeps the hours within Xobin bounds and says when there is no such report', async () => {
    await shareReport('979554', 48, config, options);
    expect(mock.requests.at(-1)!.body).toEqual({ expiration_hours: 24 });
    expect(await shareReport('123', 1, config, options)).toMatchObject({ ok: false, error: { kind: 'not-found', status: 404 } });
  });

  it('refuses a link that is not http(s) as an unreadable answer', async () => {
    mock.scenario('share=979554', [{ status: 200, body: { signed_url: 'javascript:alert(1)', expires_at: '2025-07-09T12:46:33.163639' } }]);
    expect(await shareReport('979554', 1, config, options)).toMatchObject({ ok: false, error: { kind: 'invalid-response' } });
  });
});

describe('dates', () => {
  it('reads expires_at without a zone as UTC, with a zone as given, and refuses anything else', () => {
    expect(readUtc('2025-07-09T12:46:33.163639')).toBe(Date.UTC(2025, 6, 9, 12, 46, 33, 163));
    expect(readUtc('2025-07-09T12:46:33Z')).toBe(Date.UTC(2025, 6, 9, 12, 46, 33));
    expect(readUtc('2025-07-09T14:46:33+02:00')).toBe(Date.UTC(2025, 6, 9, 12, 46, 33));
    expect(readUtc('Jul 09, 2025')).toBeUndefined();
  });

  it('writes a moment as the invite API wants it: GMT, YYYY-MM-DD HH:MM', () => {
    expect(formatGmtMinute(new Date(Date.UTC(2026, 11, 7, 9, 5, 59)))).toBe('2026-12-07 09:05');
  });
});
