export const DEFAULT_API_ORIGIN = 'https://app.xobin.com';
export const DEFAULT_BASE_URL = `${DEFAULT_API_ORIGIN}/api/v2`;
