// The physical minimum of "navigation seen -> badge set": the score per candidate is already known
// (the equivalent of a cached report), so the worker only looks it up and sets the tab's badge.
// The scores are those of scripts/bench/fixture/candidates.mjs (checked by scripts/bench/reference.mjs).
const SCORES = { 4019000001: '82', 4019000002: '64', 4019000003: '71', 4012345002: '82' };

chrome.runtime.onMessage.addListener((message, sender) => {
  const tabId = sender.tab?.id;
  if (tabId === undefined || typeof message?.url !== 'string') return;
  const personId = /\/people\/(\d+)/.exec(new URL(message.url).pathname)?.[1];
  chrome.action.setBadgeText({ tabId, text: SCORES[personId] ?? '' });
});
