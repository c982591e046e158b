// A Xobin report link anywhere on the profile (notes, activity, custom fields) names the response
// directly, so it is the most reliable key. Shapes: …/ai-interviews/…/report/{id}, …/report/{id}.
const REPORT_LINK = 'a[href*="xobin"][href*="/report/"]';
const RESPONSE_ID = /\/report\/(\d{1,15})(?:[/?#]|$)/;

export function xobinResponseIds(root: ParentNode): string[] {
  const found = new Set<string>();
  for (const link of root.querySelectorAll<HTMLAnchorElement>(REPORT_LINK)) {
    const id = responseIdFromUrl(link.href);
    if (id) found.add(id);
  }
  return [...found];
}

export function responseIdFromUrl(href: string): string | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || !/(^|\.)xobin\.com$/i.test(url.hostname)) return undefined;
  return RESPONSE_ID.exec(url.pathname)?.[1];
}
