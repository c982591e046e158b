// A plain implementation of "a score after every candidate link on a list": what the feature needs,
// nothing cleverly. After each link to a profile, a fixed-size chip (the product's box: 52 x 20 px)
// holding a button in a closed shadow root (the page's scripts must not read the score), "AI …"
// until its answer; only chips on screen ask (a one-shot IntersectionObserver after a scroll, at
// most one per 120 ms), in one message per look, and each look's answers are written when its reply
// comes. A re-rendered row gets its chip again, with the answer already known. No adapters, cache,
// queue, rate limits or "Show more". Not a floor: the product shows answers together (fewer
// repaints), and a chip the page copied with its row gets its button only once on screen.
const PROFILE = /^\/people\/\d+/;
const TAG = 'x-ref-score';
const sheet = new CSSStyleSheet();
sheet.replaceSync(
  ':host{display:inline-block;vertical-align:middle;width:52px;height:20px;margin:0 4px;contain:size layout style}' +
    'button{all:unset;box-sizing:border-box;width:100%;height:100%;border-radius:999px;background:#c7d2fe;font:12px/20px system-ui,sans-serif;text-align:center}',
);
const ours = new WeakSet();
const answers = new Map(); // href -> score
const waiting = new Map(); // host -> { button, href }, not asked yet

function show(button, score) {
  button.textContent = `AI ${score}`;
  button.setAttribute('aria-label', `AI Interview ${score}`);
}

function chip(link) {
  const next = link.nextElementSibling;
  if (next?.localName === TAG && ours.has(next)) return;
  const host = document.createElement(TAG);
  const root = host.attachShadow({ mode: 'closed' });
  root.adoptedStyleSheets = [sheet];
  const button = document.createElement('button');
  const known = answers.get(link.href);
  if (known !== undefined) show(button, known);
  else {
    button.textContent = 'AI …';
    button.setAttribute('aria-label', 'AI Interview: checking');
    waiting.set(host, { button, href: link.href });
  }
  root.append(button);
  ours.add(host);
  if (next?.localName === TAG)
    next.replaceWith(host); // a copy the page made of a row, without its root
  else link.after(host);
}

function pass(root) {
  for (const link of root.querySelectorAll('a[href]')) if (PROFILE.test(link.pathname)) chip(link);
}

let lookTimer = 0;
let lastLook = -Infinity;
function look() {
  if (lookTimer) return;
  lookTimer = setTimeout(
    () => {
      lookTimer = 0;
      lastLook = performance.now();
      for (const host of waiting.keys()) if (!host.isConnected) waiting.delete(host);
      if (waiting.size === 0) return;
      const once = new IntersectionObserver((records) => {
        once.disconnect();
        const asked = [];
        for (const record of records) {
          const item = record.isIntersecting && waiting.get(record.target);
          if (!item) continue;
          waiting.delete(record.target);
          asked.push(item);
        }
        if (asked.length === 0) return;
        chrome.runtime.sendMessage({ hrefs: asked.map((item) => item.href) }).then((scores) => {
          asked.forEach((item, i) => {
            answers.set(item.href, scores[i]);
            show(item.button, scores[i]);
          });
        });
      });
      for (const host of waiting.keys()) once.observe(host);
    },
    Math.max(0, lastLook + 120 - performance.now()),
  );
}
addEventListener('scroll', look, { capture: true, passive: true });

let pending = [];
let scheduled = false;
new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) if (node.nodeType === 1 && node.localName !== TAG) pending.push(node);
  if (scheduled || pending.length === 0) return;
  scheduled = true;
  setTimeout(() => {
    scheduled = false;
    const roots = pending;
    pending = [];
    for (const root of roots) if (root.isConnected) pass(root);
    look();
  }, 200);
}).observe(document.body, { childList: true, subtree: true });
pass(document.body);
look();
