import { browser } from 'wxt/browser';
import type messages from '../public/_locales/en/messages.json';

/** Every key in the English catalogue; a typo in a key is a type error. */
export type MessageKey = keyof typeof messages;
type PredefinedKey = '@@ui_locale' | '@@bidi_dir';

/**
 * A UI string in the browser's language. Substitutions fill `$1`…`$9` (Chrome and Firefox both
 * replace them without declaring placeholders). A missing key shows the key itself, so a gap in a
 * translation is visible rather than an empty button.
 */
export function t(key: MessageKey | PredefinedKey, ...substitutions: Array<string | number>): string {
  return browser.i18n.getMessage(key, substitutions.map(String)) || key;
}

/**
 * BCP 47 tag for Intl formatters: the browser's UI language (`de-AT`, `en-GB`) when the strings are
 * in that language, otherwise the language of the catalogue the browser fell back to. A French
 * browser reading the English catalogue gets English dates, not French dates in English sentences.
 */
export function uiLocale(): string {
  const catalogue = t('catalogLocale');
  const ui = t('@@ui_locale').replace(/_/g, '-');
  const language = catalogue === 'catalogLocale' ? 'en' : catalogue;
  return !ui.startsWith('@@') && ui.split('-')[0]?.toLowerCase() === language.split('-')[0] ? ui : language;
}

// Building Intl.PluralRules costs about a millisecond (the panel's first render counts messages):
// one per locale.
let plurals: { locale: string; rules: Intl.PluralRules } | undefined;
function pluralRules(locale: string): Intl.PluralRules {
  if (plurals?.locale !== locale) plurals = { locale, rules: new Intl.PluralRules(locale) };
  return plurals.rules;
}

/**
 * The one/other form of a counted message: Chrome's catalogues have no plurals of their own.
 * `shown` is the count as written into the message (formatted for the reader), the count by default.
 */
export function tCount(one: MessageKey, other: MessageKey, count: number, shown: string = String(count)): string {
  const form = safeIntl(() => pluralRules(uiLocale()).select(count), count === 1 ? 'one' : 'other');
  return form === 'one' ? t(one, shown) : t(other, shown);
}

// Private-use characters never appear in catalogue text, so they mark where each part goes.
const MARK = '\uE000';

/**
 * A message with non-string parts (a `<code>` element) in place of `$1`…: the translation decides
 * where they go. Returns the text pieces and the parts in order, ready to render as children.
 */
export function tParts<T>(key: MessageKey, ...parts: T[]): Array<string | T> {
  const text = t(key, ...parts.map((_, index) => `${MARK}${index}${MARK}`));
  return text
    .split(new RegExp(`${MARK}(\\d+)${MARK}`))
    .map((piece, index) => (index % 2 === 1 ? (parts[Number(piece)] as T) : piece))
    .filter((piece) => piece !== '');
}

/** Intl throws on a malformed locale tag (a browser reporting something odd): fall back, never crash. */
export function safeIntl<T>(run: () => T, fallback: T): T {
  try {
    return run();
  } catch {
    return fallback;
  }
}
