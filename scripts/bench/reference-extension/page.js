// Page world: the only place a page's own history.pushState call can be seen synchronously.
// Hands the new address to the isolated content script (content.js) with one DOM event.
(() => {
  const push = history.pushState;
  const announce = () => window.dispatchEvent(new CustomEvent('bench-reference:navigate', { detail: location.href }));
  history.pushState = function (...args) {
    const result = push.apply(this, args);
    announce();
    return result;
  };
  window.addEventListener('popstate', announce);
})();
