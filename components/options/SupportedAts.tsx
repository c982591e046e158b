interface Props {
  /** ATS names, e.g. from utils/ats `adapters`. */
  readonly names: readonly string[];
}

export function SupportedAts({ names }: Props) {
  return (
    <section class="card note" aria-labelledby="supported-title">
      <h2 id="supported-title">Where it works</h2>
      <p>Open a candidate's profile in one of these and click the “AI Interview” button on the page, or the toolbar icon:</p>
      <ul class="ats-list">
        {names.map((name) => (
          <li key={name}>{name}</li>
        ))}
      </ul>
    </section>
  );
}
