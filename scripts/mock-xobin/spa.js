// Served at /__fixtures/spa.js on every fixture ATS host. Makes `a[data-spa]` links behave like a
// single-page ATS (Lever): the URL changes first through the History API, and the new profile is
// rendered a moment later into the same document, with no page load.
(() => {
  const RENDER_DELAY_MS = 150;

  async function render(href) {
    const response = await fetch(href, { cache: 'no-store', headers: { Accept: 'text/html' } });
    const next = new DOMParser().parseFromString(await response.text(), 'text/html');
    await new Promise((resolve) => setTimeout(resolve, RENDER_DELAY_MS));
    if (location.href !== href) return; // a later navigation owns the page now
    const current = document.querySelector('main');
    const incoming = next.querySelector('main');
    if (current && incoming) {
      current.className = incoming.className;
      current.replaceChildren(...Array.from(incoming.childNodes, (node) => document.importNode(node, true)));
    }
    document.title = next.title;
  }

  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[data-spa]') : null;
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    if (link.href === location.href) return;
    history.pushState({ spa: true }, '', link.href);
    void render(link.href);
  });

  window.addEventListener('popstate', () => void render(location.href));
})();
