// ATS pages built like real apps (ats-urls.md, "web components, shadow roots and iframes"): a
// SmartRecruiters list whose rows live in nested open shadow roots with `<sr-link href>` links, a
// Bullhorn shell that renders the record in a same-origin iframe, and a profile served with a strict
// Content-Security-Policy header. Served ahead of the fixtures (their paths are the fixtures' own).

/** The header a strict app sends: no inline styles or scripts, Trusted Types for every HTML sink. */
export const STRICT_CSP = "default-src 'self'; require-trusted-types-for 'script'";

// spl-table (open root) > sr-list-row (open root) > [role=row] > sr-link[href] (open root: a slot).
// sr-link navigates on click like the real one; "Load more" rows arrive later, inside the table's root.
const SR_SHADOW_LIST = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>People | SmartRecruiters</title></head><body>
<div id="st-app"><main class="people-list"><h1>People</h1><spl-table></spl-table></main></div>
<script>
customElements.define('sr-link', class extends HTMLElement {
  constructor() { super(); this.attachShadow({ mode: 'open' }).innerHTML = '<span part="link" style="color:#2462c9;cursor:pointer"><slot></slot></span>'; }
  connectedCallback() { this.addEventListener('click', () => location.assign(new URL(this.getAttribute('href'), document.baseURI))); }
});
customElements.define('sr-list-row', class extends HTMLElement {
  constructor() { super(); this.attachShadow({ mode: 'open' }); }
  connectedCallback() {
    this.shadowRoot.innerHTML = '<div role="row" style="height:40px"><span role="cell"><sr-link data-test="applicant-name"></sr-link></span> <span role="cell">Applied</span></div>';
    const link = this.shadowRoot.querySelector('sr-link');
    link.setAttribute('href', this.dataset.href);
    link.textContent = this.dataset.name;
  }
});
customElements.define('spl-table', class extends HTMLElement {
  constructor() { super(); this.attachShadow({ mode: 'open' }).innerHTML = '<div role="rowgroup"></div><button type="button">Load more</button>'; }
  add(href, name) {
    const row = document.createElement('sr-list-row');
    row.dataset.href = href;
    row.dataset.name = name;
    this.shadowRoot.querySelector('[role=rowgroup]').append(row);
  }
});
const table = document.querySelector('spl-table');
table.add('/app/people/candidates/0e6b06f7-b56c-4507-8da1-9567a7bf6d01', 'Robin Example');
table.add('/app/jobs/3c1d2e4f', 'Job: Integration Engineer');
setTimeout(() => table.add('/app/people/candidates/a6d2e51f-a2ac-4b4a-a062-834cec0bab02', 'Kai Specimen'), 1000);
</script>
</body></html>`;

// Bullhorn's shell: the record opens in a frame, another record in the same frame later (a test sets
// its src, as a recruiter's click would). `?open=candidate` opens Morgan Nonexistent (score 95) first.
const JOB_ORDER = '/BullhornSTAFFING/OpenWindow.cfm?Entity=JobOrder&id=2201';
const CANDIDATE = '/BullhornSTAFFING/OpenWindow.cfm?Entity=Candidate&id=14101';
const bullhornShell = (record) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Bullhorn</title></head><body>
<nav><a href="/BullhornSTAFFING/MainFrame.jsp">Home</a></nav>
<iframe id="record" style="width:100%;height:480px;border:0" src="${record}"></iframe>
</body></html>`;

// Jordan Example's Greenhouse profile (a report, score 82) with links to two other candidates, and a
// style attribute of its own that the policy drops (a test sees the policy is in force).
const GREENHOUSE_STRICT_PROFILE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Jordan Example - Greenhouse</title></head><body>
<main><h1 data-test="candidate-name">Jordan Example</h1>
<p>jordan.example@example.com</p>
<h2>Related candidates</h2>
<ul><li><a href="/people/4012345003/applications/5123456003">Riley Sample</a></li><li><a href="/people/4012345004">Sam Placeholder</a></li></ul>
<div id="csp-probe" style="width: 7px"></div>
</main></body></html>`;

/** `{ html, headers }` for the pages above, or undefined. */
export function appsPage(url) {
  const where = `${url.host}${url.pathname}`;
  if (where === 'www.smartrecruiters.com/app/people' && url.searchParams.has('__shadow')) return { html: SR_SHADOW_LIST };
  if (where === 'cls91.bullhornstaffing.com/BullhornSTAFFING/MainFrame.jsp')
    return { html: bullhornShell(url.searchParams.get('open') === 'candidate' ? CANDIDATE : JOB_ORDER) };
  if (where === 'app.greenhouse.io/people/4012345002' && url.searchParams.get('__csp') === 'strict') {
    return { html: GREENHOUSE_STRICT_PROFILE, headers: { 'Content-Security-Policy': STRICT_CSP } };
  }
  return undefined;
}
