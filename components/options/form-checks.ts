import { DEFAULT_API_ORIGIN } from '../../utils/api/constants';
import { checkApiKey, checkBaseUrl } from '../../utils/settings';

export type Field = 'apiKey' | 'baseUrl';
export type FieldErrors = Partial<Record<Field, string>>;

export type CheckedForm =
  | {
      readonly ok: true;
      readonly baseUrl: string;
      readonly origin: string;
      /** Absent when the field is empty: the background keeps the saved key. */
      readonly apiKey?: string;
    }
  | { readonly ok: false; readonly errors: FieldErrors };

/**
 * The same checks the background runs, done first so errors appear next to the field without a
 * round trip. `keyRequired` is false when a key is already saved (an empty field keeps it).
 */
export function checkForm(input: { apiKey: string; baseUrl: string }, keyRequired: boolean): CheckedForm {
  const errors: FieldErrors = {};
  const typedKey = input.apiKey.trim();
  if (typedKey || keyRequired) {
    const problem = checkApiKey(input.apiKey);
    if (problem) errors.apiKey = problem;
  }
  const base = checkBaseUrl(input.baseUrl);
  if (!base.ok) errors.baseUrl = base.message;
  if (!base.ok || errors.apiKey) return { ok: false, errors };
  return { ok: true, baseUrl: base.baseUrl, origin: base.origin, ...(typedKey ? { apiKey: typedKey } : {}) };
}

/** The default API origin is in the manifest's host_permissions; any other needs the user's consent. */
export function needsPermission(origin: string): boolean {
  return origin !== DEFAULT_API_ORIGIN;
}
