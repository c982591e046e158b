import { linkHref, linkTrees } from '../content/link-trees';

// A Xobin report link anywhere on the profile (notes, activity, custom fields) names the response
// directly, so it is the most reliable key. Shapes: …/ai-interviews/…/report/{id}, …/report/{id}.
// Apps built from web components (SmartRecruiters) render notes inside open shadow roots and links as
// custom elements with an href (`<sr-link href>`): a query of the document alone misses them.
const RESPONSE_ID = /\/report\/(\d{1,15})(?:[/?#]|$)/;

export function xobinResponseIds(root: Element): string[] {
  const found = new Set<string>();
  for (const link of linkTrees(root).links) {
    const href = linkHref(link);
    if (!href.includes('xobin')) continue;
    const id = responseIdFromUrl(href);
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
