/** Where keys come from, and where the key goes once saved. */
export function KeyHelp() {
  return (
    <section class="card note" aria-labelledby="key-help-title">
      <h2 id="key-help-title">Where do I get a key?</h2>
      <p>
        Xobin support issues API keys, one per Xobin account. Ask whoever manages Xobin for your team, or contact
        Xobin support and ask for an API key for AI Interview reports.
      </p>
      <p>
        The key stays in this browser. Only the extension's background sends it, and only to the API base URL;
        the ATS pages you visit cannot read it, and this page never shows it again.
      </p>
    </section>
  );
}
