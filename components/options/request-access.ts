import { browser } from 'wxt/browser';
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
  return answer === 'declined'
    ? `Access to ${origin} was not allowed, so nothing was changed. Try again and choose "Allow", or use the default address.`
    : `The browser did not offer access to ${origin}. Use an https:// address (or http://localhost for testing), or the default address.`;
}
