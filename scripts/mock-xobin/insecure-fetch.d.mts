/** fetch over node:https that accepts the mock's self-signed certificate (method, headers, string body, abort). */
export const insecureFetch: typeof fetch;
