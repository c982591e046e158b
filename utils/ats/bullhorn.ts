import type { AtsAdapter } from './types';

// Links to Bullhorn are written by hand in many casings (BullhornSTAFFING/BullhornStaffing,
// Entity/entity), so path and query are compared case-insensitively; ids are digits either way.
const CLUSTER_HOST = /^cls\d+\.bullhornstaffing\.com$/;
const OPEN_WINDOW = /^\/bullhornstaffing\/openwindow\.cfm$/i;
const NUMERIC_ID = /^\d+$/;

export const bullhorn: AtsAdapter = {
  id: 'bullhorn',
  name: 'Bullhorn',
  // Match patterns cannot say cls{NN}; detect() checks the host.
  matches: ['https://*.bullhornstaffing.com/*'],
  idLabels: { candidateId: 'Bullhorn candidate' },
  defaultTemplates: ['{candidateId}'],
  detect(url) {
    if (!CLUSTER_HOST.test(url.hostname) || !OPEN_WINDOW.test(url.pathname)) return null;
    const query = new URLSearchParams(url.search.toLowerCase());
    const id = query.get('id');
    if (query.get('entity') !== 'candidate' || !id || !NUMERIC_ID.test(id)) return null;
    return { ids: [{ key: 'candidateId', value: id }] };
  },
};

// Handles:
// https://cls91.bullhornstaffing.com/BullhornSTAFFING/OpenWindow.cfm?Entity=Candidate&id=14156
// https://cls22.bullhornstaffing.com/BullhornStaffing/OpenWindow.cfm?id=14156&entity=Candidate&View=Overview
// Not: Entity=JobOrder|ClientContact|Lead|Placement…, view=Add without id, Bullhorn Novo
// (app.bullhornstaffing.com/content/record/Candidate/{id}: not seen in the docs, so not guessed)
