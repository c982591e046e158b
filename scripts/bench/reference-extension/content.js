// Isolated world: one runtime message per navigation (and one for the first load), nothing else.
chrome.runtime.sendMessage({ url: location.href });
window.addEventListener('bench-reference:navigate', (event) => chrome.runtime.sendMessage({ url: event.detail }));
