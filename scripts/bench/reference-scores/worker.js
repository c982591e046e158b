// Answers at once from made-up scores: no storage, no cache, no API (the product's lookups go to a
// mock 100 ms away, in other processes than the page the bench measures).
chrome.runtime.onMessage.addListener((message, _sender, reply) => {
  reply(message.hrefs.map((href) => String(Number(/\/people\/(\d+)/.exec(href)?.[1] ?? 0) % 100)));
});
