import { describe, expect, it } from 'vitest';
import messages from '../public/_locales/en/messages.json';
import { ERROR_COPY, type ApiErrorKind } from './api/errors';
import { ERROR_KEYS } from '../components/states/ErrorState';
import { t, uiLocale } from './i18n';

describe('t', () => {
  it('reads the English catalogue and fills substitutions', () => {
    expect(t('outOfTen', 9)).toBe('9 out of 10');
    expect(t('foundBy', 'custom_field_id', '5123456002', 'the Greenhouse application')).toBe(
      'Found by custom_field_id 5123456002, from the Greenhouse application',
    );
  });

  it('never re-expands substituted text', () => {
    expect(t('apiSaid', 'costs $1 or $$')).toBe('Xobin said: “costs $1 or $$”');
  });

  it('knows the UI language', () => {
    expect(uiLocale()).toBe('en');
  });

  it('keeps the extension-wide keys', () => {
    expect(Object.keys(messages)).toEqual(expect.arrayContaining(['extName', 'extDescription', 'actionTitle']));
  });

  it('has valid Chrome message keys and messages', () => {
    for (const [key, value] of Object.entries(messages)) {
      expect(key).toMatch(/^[A-Za-z0-9_]+$/);
      expect((value as { message: string }).message.length).toBeGreaterThan(0);
    }
  });

  it('says exactly what ERROR_COPY says, so the badge and the panel agree', () => {
    for (const kind of Object.keys(ERROR_COPY) as ApiErrorKind[]) {
      const [title, message, next] = ERROR_KEYS[kind].map((key) => t(key));
      expect({ title, message, next }).toEqual(ERROR_COPY[kind]);
    }
  });
});
