import { describe, expect, it } from 'vitest';
import { momentAt, sessionLinks } from './recordings';

describe('sessionLinks', () => {
  it('orders numeric keys by session start and numbers them', () => {
    const links = sessionLinks([
      { key: '1755696999000', url: 'https://cdn.example.com/session-2.webm' },
      { key: '1755695988585', url: 'https://cdn.example.com/session-1.webm' },
    ]);
    expect(links).toEqual([
      { number: 1, url: 'https://cdn.example.com/session-1.webm', startedAt: 1755695988585 },
      { number: 2, url: 'https://cdn.example.com/session-2.webm', startedAt: 1755696999000 },
    ]);
  });

  it('keeps documented session keys in their order', () => {
    const links = sessionLinks([
      { key: 'session1', url: 'https://a.example/1' },
      { key: 'session2', url: 'https://a.example/2' },
    ]);
    expect(links.map((link) => [link.number, link.url, link.startedAt])).toEqual([
      [1, 'https://a.example/1', undefined],
      [2, 'https://a.example/2', undefined],
    ]);
  });

  it('drops unsafe links without renumbering the others', () => {
    const links = sessionLinks([
      { key: '1', url: 'javascript:alert(1)' },
      { key: '2', url: 'https://a.example/2' },
    ]);
    expect(links).toEqual([{ number: 2, url: 'https://a.example/2', startedAt: 2 }]);
  });
});

describe('momentAt', () => {
  const sessions = sessionLinks([
    { key: '1000000', url: 'https://a.example/1' },
    { key: '5000000', url: 'https://a.example/2' },
    { key: 'session-x', url: 'https://a.example/x' },
  ]);

  it('places a moment in the last session that had started', () => {
    expect(momentAt(sessions, 1_065_500)).toEqual({ session: sessions[0], offset: 65 });
    expect(momentAt(sessions, 5_000_000)).toEqual({ session: sessions[1], offset: 0 });
    expect(momentAt(sessions, 9_000_000)?.session.number).toBe(2);
  });

  it('has nothing for a moment before the first session or without timed sessions', () => {
    expect(momentAt(sessions, 999_999)).toBeUndefined();
    expect(momentAt(sessionLinks([{ key: 'session1', url: 'https://a.example/1' }]), 5_000_000)).toBeUndefined();
  });
});
