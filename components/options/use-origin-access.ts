import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DEFAULT_API_ORIGIN } from '../../utils/api/constants';
import { checkBaseUrl, originPattern } from '../../utils/settings';

/** Whether the extension may reach this base URL's origin; `origin` is unset for none to check. */
export function useOriginAccess(baseUrl: string | undefined): { origin?: string; granted: boolean; recheck: () => void } {
  const checked = baseUrl ? checkBaseUrl(baseUrl) : undefined;
  const origin = checked?.ok && checked.origin !== DEFAULT_API_ORIGIN ? checked.origin : undefined;
  const [granted, setGranted] = useState(true);
  const [round, setRound] = useState(0);
  useEffect(() => {
    if (!origin) return undefined;
    let live = true;
    const check = () =>
      void browser.permissions.contains({ origins: [originPattern(origin)] }).then(
        (yes) => live && setGranted(yes),
        () => live && setGranted(false),
      );
    check();
    browser.permissions.onAdded?.addListener(check);
    return () => {
      live = false;
      browser.permissions.onAdded?.removeListener(check);
    };
  }, [origin, round]);
  return { origin, granted: !origin || granted, recheck: () => setRound((n) => n + 1) };
}
