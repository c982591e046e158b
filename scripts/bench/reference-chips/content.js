// The physical minimum of "a chip after every candidate link on a list": one fixed-size pill (the
// product's chip box: 52 x 20 px, inline-block, a rounded background) right after each link to a
// profile, put back when the list re-renders, and nothing else: no shadow root, no text, no lookups,
// no visibility tracking. What this costs the bench's list page is the floor for the product's chips.
const PROFILE = /^\/people\/\d+/;
const STYLE = 'display:inline-block;vertical-align:middle;width:52px;height:20px;margin:0 4px;border-radius:999px;background:#c7d2fe;contain:size layout style';

function pill(root) {
  for (const link of root.querySelectorAll('a[href]')) {
    if (!PROFILE.test(link.pathname) || link.nextElementSibling?.localName === 'x-ref-chip') continue;
    const chip = document.createElement('x-ref-chip');
    chip.setAttribute('style', STYLE);
    link.after(chip);
  }
}

let pending = [];
let scheduled = false;
new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) if (node.nodeType === 1 && node.localName !== 'x-ref-chip') pending.push(node);
  if (scheduled || pending.length === 0) return;
  scheduled = true;
  setTimeout(() => {
    scheduled = false;
    const roots = pending;
    pending = [];
    for (const root of roots) if (root.isConnected) pill(root);
  }, 200);
}).observe(document.body, { childList: true, subtree: true });
pill(document.body);
