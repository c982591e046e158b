import type { AtsAdapter } from './types';

// Classic record page (EntityInfo.do?module=Candidates&id=…) or the newer /tab/Candidates/{id}.
const RECORD_PATH = /^\/recruit\/(?:org\d+\/)?(?:EntityInfo\.do|tab\/Candidates\/(\d+)\/?)$/;
const NUMERIC_ID = /^\d+$/;

// Real-world URL shapes it reads, for people (the panel's "Why no report?"); kept out of the adapter so
// the content script and the worker, which never show them, do not carry them.
export const zohoRecruitShapes: readonly string[] = [
  'recruit.zoho.{com,eu,in,com.au,jp}/recruit/org{orgId}/EntityInfo.do?module=Candidates&id={candidateId}',
  'recruit.zoho.{com,eu,in,com.au,jp}/recruit/org{orgId}/tab/Candidates/{candidateId}',
];

export const zohoRecruit: AtsAdapter = {
  id: 'zoho-recruit',
  name: 'Zoho Recruit',
  // One host per Zoho data centre.
  matches: ['com', 'eu', 'in', 'com.au', 'jp'].map((tld) => `https://recruit.zoho.${tld}/recruit/*`),
  idLabels: { candidateId: 'Zoho Recruit candidate' },
  defaultTemplates: ['{candidateId}'],
  detect(url) {
    const match = RECORD_PATH.exec(url.pathname);
    if (!match) return null;
    const query = url.searchParams;
    const id = match[1] ?? (query.get('module') === 'Candidates' ? query.get('id') : null);
    if (!id || !NUMERIC_ID.test(id)) return null;
    return { ids: [{ key: 'candidateId', value: id }] };
  },
};

// Handles (also on recruit.zoho.eu, .in, .com.au, .jp):
// https://recruit.zoho.com/recruit/org4314466/EntityInfo.do?module=Candidates&id=393718000000123456
// https://recruit.zoho.in/recruit/EntityInfo.do?module=Candidates&id=…&submodule=Candidates
// https://recruit.zoho.com/recruit/org4314466/tab/Candidates/393718000000123456
// Not: ShowTab.do?module=Candidates (list), EntityInfo.do?module=JobOpenings…, ShowSetup.do…,
// the .com.cn, zohocloud.ca and .sa data centres
