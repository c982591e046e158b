import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The demo look of the served ATS pages: one shared stylesheet plus each ATS's name and colour, so
// screenshots read as "a candidate in Greenhouse" rather than bare HTML. Only a <link> is added to
// the page (before </head>): the DOM the adapters and e2e tests read stays the saved fixture's.

const CSS = join(dirname(fileURLToPath(import.meta.url)), 'ats-style.css');
export const STYLE_PATH = '/__fixtures/ats-style.css';

// Host suffix -> shown name and colour (approximations of each product's colour; no logos).
const BRANDS = [
  ['greenhouse.io', 'greenhouse', '#24a47f', '#15795c'],
  ['lever.co', 'LEVER', '#3b4cca'],
  ['ashbyhq.com', 'Ashby', '#5b3fd1'],
  ['workable.com', 'workable', '#00796b'],
  ['smartrecruiters.com', 'SmartRecruiters', '#2462c9'],
  ['bamboohr.com', 'bambooHR', '#5f9e1b', '#3f7a0c'],
  ['recruitee.com', 'Recruitee', '#1c64f2'],
  ['teamtailor.com', 'Teamtailor', '#e23a6a'],
  ['jazz.co', 'JazzHR', '#6d28d9'],
  ['zoho.', 'Zoho Recruit', '#d32f2f'],
  ['manatal.com', 'Manatal', '#2563eb'],
  ['bullhornstaffing.com', 'Bullhorn', '#e8590c'],
  ['jobadder.com', 'JobAdder', '#0f6fc6'],
  ['pinpointhq.com', 'Pinpoint', '#4338ca'],
  ['comeet.co', 'Comeet', '#0e7490'],
  ['keka.com', 'keka', '#5b21b6'],
  ['taleo.net', 'Oracle Taleo', '#c2410c'],
];
const OTHER = ['', 'Acme Hiring', '#374151'];

export function brandFor(host) {
  return BRANDS.find(([suffix]) => host === suffix || host.endsWith(`.${suffix}`) || (suffix.endsWith('.') && host.includes(suffix))) ?? OTHER;
}

/** The stylesheet for one host: its brand variables, then the shared rules. */
export function styleFor(host) {
  const [, name, colour, link] = brandFor(host);
  const vars = `:root { --brand: ${colour}; --brand-link: ${link ?? colour}; --brand-name: ${JSON.stringify(name)}; }\n`;
  return vars + readFileSync(CSS, 'utf8');
}

/** The page with the stylesheet linked, or unchanged when it has no </head> to put it in. */
export function withStyle(html) {
  return html.replace(/<\/head>/i, `<link rel="stylesheet" href="${STYLE_PATH}"></head>`);
}
