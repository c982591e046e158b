import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { STYLE_PATH, styleFor, withStyle } from './ats-style.mjs';
import { extraPage, longList } from './extra-pages.mjs';
import { appsPage } from './apps-pages.mjs';

// The saved ATS pages in utils/ats/fixtures/, each served at the real URL named in its
// <meta name="fixture-url">, so the built extension's real match patterns apply unchanged.

const HERE = dirname(fileURLToPath(import.meta.url));
export const FIXTURE_DIR = join(HERE, '..', '..', 'utils', 'ats', 'fixtures');
const SPA_SCRIPT = join(HERE, 'spa.js');
const HTML_TYPE = 'text/html; charset=utf-8';

/** Every fixture page with its URL. Read on each call: colleagues add fixtures while servers run. */
export function fixturePages(dir = FIXTURE_DIR) {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.html'))
    .sort()
    .flatMap((file) => {
      const html = readFileSync(join(dir, file), 'utf8');
      const url = /<meta name="fixture-url" content=(?:"([^"]*)"|'([^']*)')/.exec(html);
      const href = url?.[1] ?? url?.[2];
      return href ? [{ file, url: new URL(href), html }] : [];
    });
}

/**
 * Same host and path; among several, the one sharing the most query parameters (order-insensitive),
 * else the first by file name. Fixtures that differ only in their #hash (Recruitee) cannot be told
 * apart by a server: `?__fixture=<file name>` picks one explicitly.
 */
export function findFixture(url, pages = fixturePages()) {
  const wanted = url.searchParams.get('__fixture');
  if (wanted) return pages.find((page) => page.file === wanted && page.url.host === url.host);
  const candidates = pages.filter((page) => page.url.host === url.host && samePath(page.url.pathname, url.pathname));
  let best;
  let bestScore = -1;
  for (const page of candidates) {
    const score = sharedParams(page.url.searchParams, url.searchParams);
    if (score > bestScore) [best, bestScore] = [page, score];
  }
  return best;
}

function sharedParams(a, b) {
  const exact = [...a].length === [...b].length && [...a].every(([key, value]) => b.getAll(key).includes(value));
  if (exact) return 1000;
  return [...a].filter(([key, value]) => b.getAll(key).includes(value)).length;
}

function samePath(a, b) {
  return a.replace(/\/$/, '') === b.replace(/\/$/, '');
}

export function atsAnswer(req, url) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return page(405, 'Method not allowed');
  if (url.pathname === '/__fixtures/spa.js') {
    return { status: 200, headers: { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' }, body: readFileSync(SPA_SCRIPT) };
  }
  if (url.pathname === STYLE_PATH) {
    return { status: 200, headers: { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'no-store' }, body: styleFor(url.hostname) };
  }
  const app = appsPage(url);
  if (app) return { status: 200, headers: { 'Content-Type': HTML_TYPE, 'Cache-Control': 'no-store', ...app.headers }, body: withStyle(app.html) };
  const long = longList(url);
  if (long) return { status: 200, headers: { 'Content-Type': HTML_TYPE, 'Cache-Control': 'no-store' }, body: withStyle(long) };
  const fixture = findFixture(url);
  const extra = fixture ? undefined : extraPage(url);
  if (extra) return { status: 200, headers: { 'Content-Type': HTML_TYPE, 'Cache-Control': 'no-store' }, body: withStyle(extra) };
  if (!fixture) return page(404, `No fixture page at ${url.host}${url.pathname}`);
  return { status: 200, headers: { 'Content-Type': HTML_TYPE, 'Cache-Control': 'no-store' }, body: withStyle(fixture.html) };
}

function page(status, text) {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${status}</title></head><body><main><h1>${status}</h1><p>${escapeHtml(text)}</p></main></body></html>`;
  return { status, headers: { 'Content-Type': HTML_TYPE }, body: html };
}

function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
