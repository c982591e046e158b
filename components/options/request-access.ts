import { browser } from 'wxt/browser';
import { t } from '../../utils/i18n';
import { originPattern } from '../../utils/settings';

export type AccessAnswer = 'granted' | 'declined' | 'unavailable';

/**
 * Asks the user to let the extension reach a non-default API origin (an optional host permission).
 * Call it synchronously from the click or submit handler, before any `await`: browsers show the
 * prompt only while the user gesture is still live, and reject the request after it.
 */
export function requestAccess(origin: string): Promise<AccessAnswer> {
  try {
    return browser.permissions
      .request({ origins: [originPattern(origin)] })
      .then((granted): AccessAnswer => (granted ? 'granted' : 'declined'))
      .catch((): AccessAnswer => 'unavailable');
  } catch {
    return Promise.resolve('unavailable');
  }
}

export function accessMessage(answer: Exclude<AccessAnswer, 'granted'>, origin: string): string {
  return answer === 'declined' ? t('accessDeclined', origin) : t('accessUnavailable', origin);
}
