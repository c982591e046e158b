// The floor for "data arrives -> the side panel's first frame": the physical minimum a panel page
// does with a cached report. It hears its tab's state change, reads the report it names from session
// storage (the same JSON string the product caches), parses it and puts the name, score and
// recommendation in the DOM, as text. No framework, no other sections: what is left of the
// product's time above this is its own rendering (scripts/bench/sidepanel.mjs measures both).
const tabId = Number(new URLSearchParams(location.search).get('tabId'));
const main = document.querySelector('main');

chrome.storage.onChanged.addListener((changes, area) => {
  const state = area === 'session' ? changes[`tab:${tabId}`]?.newValue : undefined;
  const key = state?.result?.kind === 'report' ? state.result.cacheKey : undefined;
  if (!key) return;
  chrome.storage.session.get(`report:${key}`).then((stored) => {
    const raw = stored[`report:${key}`];
    const entry = typeof raw === 'string' ? JSON.parse(raw) : raw;
    const report = entry?.report;
    if (!report) return;
    const line = document.createElement('p');
    line.textContent = `${report.candidate_name ?? ''}: ${report.score ?? ''} (${report.recommendation ?? ''})`;
    main.replaceChildren(line);
    main.dataset.state = 'report';
  });
});
