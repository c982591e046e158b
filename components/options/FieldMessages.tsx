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

/** The hint under a field and, when there is one, its error. Empty strings render nothing at all. */
export function FieldMessages({ id, hint, error }: Props) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} class="field-error">
          {error}
        </p>
      ) : null}
    </>
  );
}

/**
 * A problem announced as it appears. The live region is there from the start (screen readers only
 * announce changes to a region they already know), but it is an empty box of no height until there is
 * a message: the warning sign belongs to the message (`.field-error::before`), so no message, no sign.
 * (A sign on the always-present region itself showed a lone "⚠" whenever CSS `:empty` did not apply.)
 */
export function AlertMessage({ id, message }: { readonly id?: string; readonly message?: string }) {
  return (
    <div id={id} role="alert" class="alert-region">
      {message ? <p class="field-error">{message}</p> : null}
    </div>
  );
}
