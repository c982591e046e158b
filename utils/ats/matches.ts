import { adapters } from './index';

/** Content-script match patterns: the union of every adapter's hosts. */
export const ATS_MATCHES: string[] = [...new Set(adapters.flatMap((adapter) => adapter.matches))];

/** Content-script exclude_matches: pages under those hosts that are not recruiter apps (public job boards). */
export const ATS_EXCLUDE_MATCHES: string[] = [...new Set(adapters.flatMap((adapter) => adapter.excludeMatches ?? []))];

/**
 * Host permissions for the same hosts, written as what the browser grants: a host permission has no
 * path (Chrome ignores it), so `https://*.workable.com/backend*` would read narrower than it is.
 * Needed to put the detector into ATS tabs that were open before install (tabs.query by URL,
 * scripting.executeScript); content_scripts.matches alone only inject on new page loads.
 */
export const ATS_HOST_PERMISSIONS: string[] = [...new Set(ATS_MATCHES.map((pattern) => pattern.replace(/^(https?:\/\/[^/]+)\/.*$/, '$1/*')))];
