// Which elements of a list page are candidate links, and where they are: apps built from web
// components (SmartRecruiters) put their rows inside open shadow roots, roots inside roots, and their
// links are custom elements carrying an href (`<sr-link href="…">`), not `<a>`. A closed root is
// invisible to us, and that is fine.

/** A link: `<a href>`, or a custom element (a tag with a hyphen) that carries an href attribute. */
export function isLink(element: Element): boolean {
  return element.localName === 'a' || (element.localName.includes('-') && element.hasAttribute('href'));
}

/** Where a link goes, resolved against the document's base. */
export function linkHref(link: Element): string {
  const own = (link as HTMLAnchorElement).href;
  if (typeof own === 'string') return own; // <a>: resolved by the browser (an SVG <a> has no string href)
  try {
    return new URL(link.getAttribute('href') ?? '', link.baseURI).href;
  } catch {
    return '';
  }
}

/**
 * Every link in `body` and in the open shadow roots below it (roots inside roots too), and those
 * roots: an observer of the document does not see their changes. A link's own shadow root is its
 * rendering of that same link: not read.
 */
export function linkTrees(body: Element): { links: Element[]; roots: ShadowRoot[] } {
  const links: Element[] = [];
  const roots: ShadowRoot[] = [];
  const trees: Node[] = [body];
  // One walk over every element finds both links and shadow hosts (a host can be any element, a plain
  // <div> too); a querySelectorAll for each would go over the page twice.
  for (const tree of trees) {
    const walker = body.ownerDocument.createTreeWalker(tree, NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node as Element;
      const link = isLink(element);
      if (link) links.push(element);
      const root = element.shadowRoot;
      if (!root || link) continue;
      roots.push(root);
      trees.push(root); // walked in turn by this loop
    }
  }
  return { links, roots };
}
