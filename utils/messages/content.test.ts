import { describe, expect, it } from 'vitest';
import { contentMessageSchema } from './content';

const detection = { ats: 'greenhouse', ids: [{ key: 'applicationId', value: '5123456002' }], responseIds: [] };
const detected = (name: unknown) => ({ type: 'page:detected', url: 'https://app.greenhouse.io/people/1', detection: { ...detection, name } });

describe("page:detected: the candidate's name the page claims", () => {
  it('takes a name as text, or none', () => {
    expect(contentMessageSchema.safeParse(detected('Zoë O’Brien')).success).toBe(true);
    expect(contentMessageSchema.safeParse(detected(undefined)).success).toBe(true);
  });

  it.each([
    ['markup', '<img src=x onerror=alert(1)>'],
    ['a huge string', 'K'.repeat(100_000)],
    ['one character past the bound', 'K'.repeat(121)],
    ['control characters', 'Kendall\u0000Eurohouse'],
    ['a line break', 'Kendall\nEurohouse'],
    ['an address', 'kendall@example.com'],
    ['empty', ''],
    ['not a string', { first: 'Kendall' }],
  ])('drops the message with %s for a name', (_what, name) => {
    expect(contentMessageSchema.safeParse(detected(name)).success).toBe(false);
  });
});
