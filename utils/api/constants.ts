export const DEFAULT_API_ORIGIN = 'https://app.xobin.com';
export const DEFAULT_BASE_URL = `${DEFAULT_API_ORIGIN}/api/v2`;

/** How the API is asked for a report. Here, not in client.ts: stored tab states name it without importing the client. */
export type LookupBy = 'response_id' | 'custom_field_id';
