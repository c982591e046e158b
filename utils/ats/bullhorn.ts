import type { AtsAdapter } from './types';

// Links to Bullhorn are written by hand in many casings (BullhornSTAFFING/BullhornStaffing,
// Entity/entity/ENTITY, View/view), so path and query are compared case-insensitively; ids are digits.
const CLUSTER_HOST = /^cls\d+\.bullhornstaffing\.com$/;
const OPEN_WINDOW = /^\/bullhornstaffing\/openwindow\.cfm$/i;
// Bullhorn Novo: /content/record/{Entity}/{id}/{tab}; only the Candidate entity is a candidate.
const NOVO_HOST = 'app.bullhornstaffing.com';
const NOVO_RECORD = /^\/content\/record\/candidate\/(\d+)(?:\/[\w-]+)*\/?$/i;
const NUMERIC_ID = /^\d+$/;

// Real-world URL shapes it reads, for people (the panel's "Why no report?"); kept out of the adapter so
// the content script and the worker, which never show them, do not carry them.
export const bullhornShapes: readonly string[] = [
  'cls{NN}.bullhornstaffing.com/BullhornSTAFFING/OpenWindow.cfm?Entity=Candidate&id={candidateId}',
  'cls{NN}.bullhornstaffing.com/BullhornStaffing/OpenWindow.cfm?id={candidateId}&entity=Candidate&View=Overview',
  'app.bullhornstaffing.com/content/record/Candidate/{candidateId}/overview',
];

export const bullhorn: AtsAdapter = {
  id: 'bullhorn',
  name: 'Bullhorn',
  // Match patterns cannot say cls{NN}; detect() checks the host.
  matches: ['https://*.bullhornstaffing.com/*'],
  idLabels: { candidateId: 'Bullhorn candidate' },
  defaultTemplates: ['{candidateId}'],
  detect(url) {
    const id = url.hostname === NOVO_HOST ? NOVO_RECORD.exec(url.pathname)?.[1] : classicId(url);
    if (!id) return null;
    return { ids: [{ key: 'candidateId', value: id }] };
  },
};

function classicId(url: URL): string | undefined {
  if (!CLUSTER_HOST.test(url.hostname) || !OPEN_WINDOW.test(url.pathname)) return undefined;
  const query = new URLSearchParams(url.search.toLowerCase());
  const id = query.get('id');
  return query.get('entity') === 'candidate' && id && NUMERIC_ID.test(id) ? id : undefined;
}

// Handles:
// https://cls91.bullhornstaffing.com/BullhornSTAFFING/OpenWindow.cfm?Entity=Candidate&id=14156
// https://cls22.bullhornstaffing.com/BullhornStaffing/OpenWindow.cfm?id=14156&entity=Candidate&View=Overview
// https://app.bullhornstaffing.com/content/record/Candidate/14156/overview   (Novo; seen for
//   ClientCorporation, the same route for Candidate)
// Not: Entity=JobOrder|ClientContact|Lead|Placement…, view=Add without id,
// Novo /content/record/ClientCorporation/{id}/…, other Novo pages
