export const DEFAULT_CHROMIUM: string;
/** $CHROMIUM_PATH or /usr/bin/chromium; throws an Error that says how to install it when missing. */
export function chromiumPath(): string;
