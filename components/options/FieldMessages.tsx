/** Ids of a field's hint and error, for aria-describedby (only those actually rendered). */
export function describedBy(id: string, hasHint: boolean, error?: string): string | undefined {
  const ids = [hasHint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

interface Props {
  readonly id: string;
  readonly hint?: string;
  readonly error?: string;
}

/** The hint under a field and, when there is one, its error. */
export function FieldMessages({ id, hint, error }: Props) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} class="field-error">
          {error}
        </p>
      )}
    </>
  );
}
