// Hosts under which anyone can register a name (public suffixes). A recruiter rule for `*.co.uk` or
// `*.github.io` would ask for access to every site there, so such hosts are refused. The full Public
// Suffix List (npm `psl`, `tldts`) is about 47–50 KB gzipped, more than the whole worker budget (30 KB),
// so this keeps the common multi-level ones: country second levels by rule, hosting platforms by name.
// Single labels (`*.com`) are already refused by the host check, which wants two labels or more.

// `co.uk`, `com.au`, `ac.jp`, `gov.in`…: a generic second level under a two-letter country code.
const COUNTRY_SECOND_LEVEL = /^(?:ac|co|com|edu|gen|go|gob|gov|govt|gv|ind|info|lg|ltd|me|mil|ne|net|nhs|nic|nom|or|org|plc|sch)\.[a-z]{2}$/;

// Shared hosting and dynamic-DNS suffixes from the PSL's private section that recruiters may meet.
const PLATFORMS = new Set([
  'amazonaws.com',
  'appspot.com',
  'azurestaticapps.net',
  'azurewebsites.net',
  'blogspot.com',
  'cloudapp.net',
  'cloudfront.net',
  'duckdns.org',
  'dyndns.org',
  'fastly.net',
  'firebaseapp.com',
  'fly.dev',
  'github.io',
  'gitlab.io',
  'glitch.me',
  'herokuapp.com',
  'myshopify.com',
  'netlify.app',
  'ngrok-free.app',
  'ngrok.io',
  'notion.site',
  'onrender.com',
  'pages.dev',
  'readthedocs.io',
  'repl.co',
  'squarespace.com',
  'surge.sh',
  'trycloudflare.com',
  'vercel.app',
  'web.app',
  'webflow.io',
  'wixsite.com',
  'wordpress.com',
  'workers.dev',
]);

/** Whether a bare host name (no `*.`) is itself a public suffix. */
export function isPublicSuffix(host: string): boolean {
  const name = host.toLowerCase().replace(/\.$/, '');
  return !name.includes('.') || COUNTRY_SECOND_LEVEL.test(name) || PLATFORMS.has(name);
}
