// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { insecureFetch } from '../scripts/mock-xobin/insecure-fetch.mjs';
import { AI_INTERVIEWS, startMockServer, VALID_API_KEYS } from '../scripts/mock-xobin/server.mjs';

// The test double must keep the documented contract of ../shared/xobin-api.md (invite, invited,
// share), quirks included, or the extension's tests pass against an API that does not exist.

type Mock = Awaited<ReturnType<typeof startMockServer>>;
let mock: Mock;
const key = VALID_API_KEYS[0]!;

async function call(
  method: string,
  path: string,
  { body, apiKey = key }: { body?: unknown; apiKey?: string } = {},
): Promise<{ status: number; json: unknown }> {
  const payload = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
  const headers: Record<string, string> = {
    Host: 'app.xobin.com',
    ...(apiKey ? { apiKey } : {}),
    ...(payload ? { 'Content-Type': 'application/json' } : {}),
  };
  const response = await insecureFetch(`https://127.0.0.1:${mock.port}/api/v2/ai-interviews${path}`, { method, headers, body: payload });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : undefined };
}

const invite = {
  candidate_name: 'Morgan Newhire',
  candidate_email: 'morgan.newhire@example.com',
  ai_interview_id: AI_INTERVIEWS[0]!.id,
  invite_format: 'getlink',
  custom_field_id: '5123456099',
};

beforeAll(async () => {
  mock = await startMockServer();
});
afterAll(() => mock?.close());
beforeEach(() => mock.reset());

describe('mock POST /ai-interviews/invite', () => {
  it('answers the documented success shape, logs the body, and the report endpoints then find a Pending report', async () => {
    const answer = await call('POST', '/invite', { body: invite });
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({
      email: invite.candidate_email,
      ai_interview_id: invite.ai_interview_id,
      ai_interview_name: AI_INTERVIEWS[0]!.name,
      response_id: expect.any(Number),
      invite_link: expect.stringMatching(/^https:\/\/app\.xobin\.com\//),
      name: invite.candidate_name,
      status: 'Pending',
      custom_field_id: invite.custom_field_id,
    });
    expect(mock.requests.at(-1)).toMatchObject({ method: 'POST', path: '/api/v2/ai-interviews/invite', body: invite, status: 200 });
    const responseId = (answer.json as { response_id: number }).response_id;
    const byField = await call('GET', `/report?custom_field_id=${invite.custom_field_id}`);
    expect(byField).toMatchObject({ status: 200, json: { invite_status: 'Pending', response_id: responseId, custom_field_id: invite.custom_field_id } });
    // Not completed and not looked up by custom_field_id: the documented subset without it.
    const byId = await call('GET', `/report/${responseId}`);
    expect(byId.json).not.toHaveProperty('custom_field_id');
    mock.completeInterview(responseId, { score: 81 });
    expect(await call('GET', `/report/${responseId}`)).toMatchObject({
      status: 200,
      json: { invite_status: 'Completed', score: 81, candidate_name: 'Morgan Newhire' },
    });
  });

  it.each([
    [{ ...invite, candidate_email: 'not-an-email' }, 'candidate_email must be a valid email address'],
    [{ ...invite, candidate_name: ' ' }, 'candidate_name is required'],
    [{ ...invite, ai_interview_id: '31877' }, 'ai_interview_id must be an integer'],
    [{ ...invite, invite_format: 'email' }, "invite_format must be 'getlink' or 'sendlink'"],
    [{ ...invite, start_date: '2026-12-06T10:00' }, 'start_date must be in YYYY-MM-DD HH:MM format (GMT)'],
    ['{"candidate_name":', 'Request body must be a JSON object'],
  ])('refuses an invalid invite with the API own words (%#)', async (body, error) => {
    expect(await call('POST', '/invite', { body })).toEqual({ status: 400, json: { error } });
    expect(mock.invited()).toEqual([]);
  });

  it('refuses without a valid key, and when invites are used up says so as documented', async () => {
    expect((await call('POST', '/invite', { body: invite, apiKey: 'wrong' })).status).toBe(401);
    mock.setInvitesLeft(0);
    expect(await call('POST', '/invite', { body: invite })).toEqual({
      status: 403,
      json: { message: 'Invites Exhausted. Please contact support.', error: 'limit_exceed' },
    });
    expect(mock.invited()).toEqual([]);
  });

  it('accepts GMT start and expiry dates and sendlink', async () => {
    const answer = await call('POST', '/invite', {
      body: { ...invite, invite_format: 'sendlink', start_date: '2026-12-07 09:00', expiry_date: '2026-12-14 09:00' },
    });
    expect(answer.status).toBe(200);
  });
});

describe('mock GET /ai-interviews/invited/{ai_interview_id}', () => {
  it('lists the interview invitees with an HTTP-date last_updated_at, the new invite included', async () => {
    const created = (await call('POST', '/invite', { body: invite })).json as { response_id: number };
    const answer = await call('GET', `/invited/${invite.ai_interview_id}`);
    expect(answer.status).toBe(200);
    const rows = answer.json as { response_id: number; invite_status: string; last_updated_at: string }[];
    expect(rows.length).toBeGreaterThan(2);
    expect(rows.find((row) => row.response_id === created.response_id)).toMatchObject({ invite_status: 'Pending', ai_interview_id: invite.ai_interview_id });
    for (const row of rows) expect(row.last_updated_at).toMatch(/^\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
    expect((await call('GET', '/invited/424242')).status).toBe(404);
  });
});

describe('mock POST /ai-interviews/report/{id}/share', () => {
  it('signs a link with expires_at in ISO 8601 without a zone, hours in range only', async () => {
    const before = Date.now();
    const answer = await call('POST', '/report/979554/share', { body: { expiration_hours: 8 } });
    expect(answer.status).toBe(200);
    const body = answer.json as { signed_url: string; expires_at: string; expiration_hours: number; response_id: number };
    expect(body).toMatchObject({ expiration_hours: 8, response_id: 979554, ai_interview_id: 31877 });
    expect(body.expires_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}$/);
    const expires = Date.parse(`${body.expires_at.slice(0, 23)}Z`);
    expect(expires - before).toBeGreaterThanOrEqual(8 * 3_600_000 - 1_000);
    expect(body.signed_url).toMatch(/^https:\/\/app\.xobin\.com\/ai-interviews\/shared\/979554\?/);
    expect((await call('POST', '/report/979554/share')).json).toMatchObject({ expiration_hours: 1 });
    expect(await call('POST', '/report/979554/share', { body: { expiration_hours: 25 } })).toEqual({
      status: 400,
      json: { error: 'expiration_hours must be between 1 minute and 24 hours' },
    });
    expect((await call('POST', '/report/123/share')).status).toBe(404);
    expect((await call('POST', '/report/979554/share', { apiKey: '' })).status).toBe(401);
  });

  it('can be scripted like the report endpoints (a 429 for the next share)', async () => {
    mock.scenario('share=979554', [{ status: 429, headers: { 'Retry-After': '7' } }]);
    expect((await call('POST', '/report/979554/share')).status).toBe(429);
    expect((await call('POST', '/report/979554/share')).status).toBe(200);
  });
});
