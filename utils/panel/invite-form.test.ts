import { afterEach, describe, expect, it } from 'vitest';
import { initialValues, problems, toRequest, type InviteValues } from './invite-form';

const interviews = [
  { id: 31877, name: 'Backend Engineer – AI Interview' },
  { id: 31902, name: 'Frontend Engineer – AI Interview' },
];
const valid: InviteValues = { name: 'Morgan Newhire', email: 'morgan.newhire@example.com', interview: '31877', start: '', expiry: '', format: 'getlink' };
const zone = process.env.TZ;

afterEach(() => {
  process.env.TZ = zone;
});

describe('invite form rules', () => {
  it('prefills from the page and preselects the only interview, never one of several', () => {
    expect(initialValues({ name: 'Morgan Newhire', email: 'm@example.com' }, interviews.slice(0, 1))).toMatchObject({ interview: '31877', format: 'getlink' });
    expect(initialValues({}, interviews)).toMatchObject({ name: '', email: '', interview: '' });
  });

  it('names each problem in the field it belongs to', () => {
    expect(problems(valid, interviews)).toEqual({});
    expect(problems({ ...valid, name: ' ', email: 'not-an-email', interview: '' }, interviews)).toEqual({
      name: 'required',
      email: 'email',
      interview: 'required',
    });
    expect(problems({ ...valid, interview: '999' }, interviews)).toEqual({ interview: 'required' });
    const now = Date.UTC(2026, 11, 6, 12, 0);
    process.env.TZ = 'UTC';
    expect(problems({ ...valid, expiry: '2026-12-06T11:00' }, interviews, now)).toEqual({ expiry: 'expiry-past' });
    expect(problems({ ...valid, start: '2026-12-08T10:00', expiry: '2026-12-08T09:00' }, interviews, now)).toEqual({ expiry: 'expiry-before-start' });
    expect(problems({ ...valid, start: 'tomorrow' }, interviews, now)).toEqual({ start: 'date' });
  });

  it("sends the recruiter's local start and expiry as GMT YYYY-MM-DD HH:MM, and the profile's custom_field_id", () => {
    process.env.TZ = 'Europe/Berlin';
    expect(toRequest({ ...valid, start: '2026-12-07T10:00', expiry: '2026-07-14T18:30' }, '5123456099')).toEqual({
      candidateName: 'Morgan Newhire',
      candidateEmail: 'morgan.newhire@example.com',
      aiInterviewId: 31877,
      format: 'getlink',
      startDate: '2026-12-07 09:00', // CET, UTC+1
      expiryDate: '2026-07-14 16:30', // CEST, UTC+2
      customFieldId: '5123456099',
    });
    expect(toRequest({ ...valid, format: 'sendlink' }, undefined)).not.toHaveProperty('customFieldId');
  });
});
