import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import messages from '../public/_locales/en/messages.json';
import { useBrowserLanguage } from '../components/test-setup';
import { ERROR_KEYS } from './api/errors';
import { t, tCount, tParts, uiLocale } from './i18n';

type Entry = { message: string; description?: string; placeholders?: Record<string, { content: string; example?: string }> };
const LOCALES = join(import.meta.dirname, '../public/_locales');
const folders = readdirSync(LOCALES).sort();
const catalogue = (folder: string): Record<string, Entry> => JSON.parse(readFileSync(join(LOCALES, folder, 'messages.json'), 'utf8'));
const english = catalogue('en');

/** What a translation must keep: `$1`…`$9`, named `$NAME$` placeholders, and the browser's `%s`. */
function placeholdersOf(entry: Entry): string[] {
  return [...entry.message.matchAll(/\$[1-9]|\$\w+\$|%s/g)].map((match) => match[0].toLowerCase()).sort();
}

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

  it('keeps the extension-wide keys', () => {
    expect(Object.keys(messages)).toEqual(expect.arrayContaining(['extName', 'extDescription', 'actionTitle', 'commandToggle']));
  });

  it('has valid Chrome message keys and messages', () => {
    for (const [key, value] of Object.entries(messages)) {
      expect(key).toMatch(/^[A-Za-z0-9_]+$/);
      expect((value as { message: string }).message.length).toBeGreaterThan(0);
    }
  });

  it('has a title, a message and a next step for every error', () => {
    for (const keys of Object.values(ERROR_KEYS)) for (const key of keys) expect(english[key]?.message).toBeTruthy();
  });

  it('puts elements where the translation says', () => {
    expect(tParts('templatesIntro', { code: 'custom_field_id' })).toEqual([
      'How the ids on a candidate page become the ',
      { code: 'custom_field_id' },
      expect.stringMatching(/^ your Xobin invites used\./),
    ]);
    useBrowserLanguage('de');
    expect(tParts('templatesIntro', 'X').filter((part) => part === 'X')).toHaveLength(1);
  });

  it('picks the counted form by the language’s plural rules', () => {
    expect(tCount('rulesImportedOne', 'rulesImportedOther', 1)).toBe('Imported 1 rule. Allow access for its host below.');
    expect(tCount('rulesImportedOne', 'rulesImportedOther', 3)).toBe('Imported 3 rules. Allow access for each host below.');
    expect(tCount('rulesImportedOne', 'rulesImportedOther', 0)).toMatch(/^Imported 0 rules/);
    expect(tCount('messageCountOne', 'messageCount', 1)).toBe('(1 message)');
    useBrowserLanguage('de');
    expect(tCount('messageCountOne', 'messageCount', 1234, '1.234')).toBe('(1.234 Nachrichten)');
  });
});

describe('uiLocale', () => {
  it.each([
    ['en', 'en'],
    ['en_GB', 'en-GB'],
    ['de', 'de'],
    ['de_AT', 'de-AT'],
    // No French catalogue: the browser shows English, so dates and numbers follow English too.
    ['fr', 'en'],
  ])('a %s browser formats for %s', (browserLanguage, expected) => {
    useBrowserLanguage(browserLanguage);
    expect(uiLocale()).toBe(expected);
  });
});

describe('every locale', () => {
  it('ships English and German', () => {
    expect(folders).toEqual(expect.arrayContaining(['de', 'en']));
  });

  it.each(folders)('%s has exactly the English keys', (folder) => {
    expect(Object.keys(catalogue(folder)).sort()).toEqual(Object.keys(english).sort());
  });

  it.each(folders)('%s keeps every placeholder of every message', (folder) => {
    const translated = catalogue(folder);
    for (const [key, entry] of Object.entries(english)) {
      const other = translated[key];
      if (!other) continue; // reported by the key test
      expect({ key, placeholders: placeholdersOf(other) }).toEqual({ key, placeholders: placeholdersOf(entry) });
      expect({ key, named: Object.keys(other.placeholders ?? {}).sort() }).toEqual({ key, named: Object.keys(entry.placeholders ?? {}).sort() });
      for (const [name, placeholder] of Object.entries(entry.placeholders ?? {})) {
        expect({ key, name, content: other.placeholders?.[name]?.content }).toEqual({ key, name, content: placeholder.content });
      }
      expect(other.message.trim().length, key).toBeGreaterThan(0);
    }
  });

  it.each(folders)('%s names its own language', (folder) => {
    expect(catalogue(folder).catalogLocale?.message).toBe(folder.replace('_', '-'));
  });

  it.each(folders)('%s keeps the toolbar badge short', (folder) => {
    expect([...catalogue(folder).badgePending!.message].length).toBeLessThanOrEqual(4);
  });
});
