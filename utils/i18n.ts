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

/** BCP 47 tag of the UI language (`en-US`), for Intl formatters. */
export function uiLocale(): string {
  const locale = t('@@ui_locale');
  return locale.startsWith('@@') ? 'en' : locale.replace(/_/g, '-');
}
