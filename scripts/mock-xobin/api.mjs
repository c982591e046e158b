import { reportFor } from './data.mjs';

// app.xobin.com as the extension sees it: the two report endpoints behind the `apiKey` header, plus
// the recording, PDF and report-page URLs that reports link to.

export const VALID_API_KEYS = Object.freeze(['demo-key-123', 'e2e-test-key']);
export const API_PREFIX = '/api/v2/ai-interviews/report';

const JSON_TYPE = 'application/json; charset=utf-8';
const DEFAULT_BODIES = {
  400: { error: 'bad_request' },
  401: { message: 'Invalid or missing API key', error: 'unauthorized' },
  403: { message: 'Forbidden', error: 'forbidden' },
  404: { message: 'Report not found', error: 'not_found' },
  429: { message: 'Too many requests. Please retry later.', error: 'rate_limited' },
  500: { message: 'Internal server error', error: 'server_error' },
  502: { message: 'Bad gateway', error: 'bad_gateway' },
  503: { message: 'Service unavailable', error: 'unavailable' },
};

// Like the real report API, every report request without a valid key is refused (401, JSON) before
// anything else, and paths outside the report API answer 404 whatever the key: the extension's Test
// connection tells the API from a wrong base path by exactly that (utils/background/connection-check.ts).
export function hasValidKey(req) {
  const key = req.headers.apikey;
  return typeof key === 'string' && VALID_API_KEYS.includes(key);
}

/** Whether any valid key string appears anywhere in the request line or headers. */
export function carriesKey(req) {
  const haystack = [req.url ?? '', ...Object.values(req.headers).flat()].join('\n');
  return VALID_API_KEYS.some((key) => haystack.includes(key));
}

const INVITE_PATH = '/api/v2/ai-interviews/invite';
const INVITED_PATH = /^\/api\/v2\/ai-interviews\/invited\/([^/]+)\/?$/;
const SHARE_PATH = /^\/api\/v2\/ai-interviews\/report\/([^/]+)\/share\/?$/;

/**
 * The invite, invited and share endpoints (`invite`, `invited=31877`, `share=979554` are their
 * scenario keys), or undefined for any other path.
 */
export function actionOf(url) {
  if (url.pathname === INVITE_PATH || url.pathname === `${INVITE_PATH}/`) return { action: 'invite', method: 'POST', key: 'invite' };
  const invited = INVITED_PATH.exec(url.pathname);
  if (invited) return { action: 'invited', method: 'GET', id: decodeURIComponent(invited[1]), key: `invited=${decodeURIComponent(invited[1])}` };
  const share = SHARE_PATH.exec(url.pathname);
  if (share) return { action: 'share', method: 'POST', id: decodeURIComponent(share[1]), key: `share=${decodeURIComponent(share[1])}` };
  return undefined;
}

/** The documented behaviour of those endpoints; `body` is the parsed JSON body (undefined when none or not JSON). */
export function actionAnswer(req, action, body, invites) {
  if (req.method !== action.method) return json(405, { error: 'method_not_allowed' }, { Allow: `${action.method}, OPTIONS` });
  if (!hasValidKey(req)) return json(401, DEFAULT_BODIES[401]);
  if (action.action === 'invite') return invites.invite(body);
  if (action.action === 'invited') return invites.invitedTo(action.id);
  return invites.share(action.id, body, (responseId) => reportFor({ by: 'response_id', value: responseId }) !== undefined);
}

/** `response_id=979554` / `custom_field_id=5123456002`, the key scenarios are registered under. */
export function lookupKeyOf(url) {
  if (url.pathname.startsWith(`${API_PREFIX}/`)) {
    const raw = decodeURIComponent(url.pathname.slice(API_PREFIX.length + 1).replace(/\/$/, ''));
    return { by: 'response_id', value: raw, key: `response_id=${raw}` };
  }
  if (url.pathname === API_PREFIX || url.pathname === `${API_PREFIX}/`) {
    const value = url.searchParams.get('custom_field_id') ?? '';
    return { by: 'custom_field_id', value, key: `custom_field_id=${value}` };
  }
  return undefined;
}

/** The documented behaviour, without any scenario. */
export function normalAnswer(req, url, lookup, invites) {
  if (req.method !== 'GET') return json(405, { error: 'method_not_allowed' }, { Allow: 'GET, OPTIONS' });
  if (!hasValidKey(req)) return json(401, DEFAULT_BODIES[401]);
  if (lookup.by === 'response_id' && !/^\d+$/.test(lookup.value)) return json(400, { error: 'response_id must be an integer' });
  if (lookup.by === 'custom_field_id' && !lookup.value) return json(400, { error: 'custom_field_id is required' });
  const body = reportFor(lookup) ?? invites?.reportFor(lookup);
  if (!body) return json(404, DEFAULT_BODIES[404]);
  if (url.searchParams.get('is_downloadable') === 'true' && body.interview_recording) {
    for (const [session, link] of Object.entries(body.interview_recording)) body.interview_recording[session] = `${link}&download=1`;
  }
  return json(200, body);
}

/** A scripted answer: status/headers/body override the normal one; a step with no body keeps it. */
export function stepAnswer(step, normal) {
  const status = step.status ?? normal.status;
  let body;
  if (step.body !== undefined) body = typeof step.body === 'string' ? step.body : JSON.stringify(step.body);
  else if (status === normal.status) body = normal.body;
  else body = JSON.stringify(DEFAULT_BODIES[status] ?? { error: `http_${status}` });
  return { status, headers: { ...normal.headers, ...(step.headers ?? {}) }, body };
}

/** Recordings, PDFs and the report page: small real bodies so links open. */
export function assetAnswer(req, url) {
  const { pathname } = url;
  if (req.method !== 'GET' && req.method !== 'HEAD') return json(405, { error: 'method_not_allowed' });
  if (/^\/recordings\/\d+\/session-\d+\.webm$/.test(pathname)) {
    // The 4-byte EBML magic number: enough to be a (truncated) WebM file for link checks.
    return { status: 200, headers: { 'Content-Type': 'video/webm' }, body: Buffer.from([0x1a, 0x45, 0xdf, 0xa3]) };
  }
  if (/^\/reports\/\d+\.pdf$/.test(pathname)) {
    return { status: 200, headers: { 'Content-Type': 'application/pdf' }, body: '%PDF-1.4\n% mock Xobin report\n%%EOF\n' };
  }
  const page = /^\/ai-interviews\/(?:candidate\/report|shared)\/(\d+)\/?$/.exec(pathname);
  if (page) {
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>AI Interview report ${page[1]} – Xobin (mock)</title></head><body><h1>AI Interview report ${page[1]}</h1><p>Mock Xobin report page.</p></body></html>`;
    return { status: 200, headers: { 'Content-Type': 'text/html; charset=utf-8' }, body: html };
  }
  return json(404, DEFAULT_BODIES[404]);
}

/**
 * CORS preflight: answered (204) so nothing hangs, but without granting any origin, like an API that
 * does not do CORS. The worker has host permission and never preflights; if it ever starts to (host
 * permission lost), the end-to-end tests fail as "offline" instead of passing against a lenient mock.
 */
export function preflightAnswer() {
  return { status: 204, headers: { Allow: 'GET, OPTIONS' }, body: '' };
}

function json(status, body, headers = {}) {
  return { status, headers: { 'Content-Type': JSON_TYPE, ...headers }, body: JSON.stringify(body) };
}
