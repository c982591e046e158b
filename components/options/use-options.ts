import { useEffect, useRef, useState } from 'preact/hooks';
import { DEFAULT_BASE_URL } from '../../utils/api/constants';
import { t } from '../../utils/i18n';
import { sendToBackground } from '../../utils/send';
import { checkForm, needsPermission, type Field, type FieldErrors } from './form-checks';
import { accessMessage, requestAccess, type AccessAnswer } from './request-access';

export type Outcome = { readonly tone: 'ok' | 'error'; readonly text: string };
export type Busy = 'save' | 'test' | null;

export interface OptionsState {
  readonly loaded: boolean;
  readonly loadError?: string;
  readonly hasKey: boolean;
  /** False when the browser did not confirm that content scripts cannot read extension storage. */
  readonly storageIsolated: boolean;
  readonly apiKey: string;
  readonly baseUrl: string;
  readonly errors: FieldErrors;
  readonly busy: Busy;
  readonly outcome: Outcome | null;
}

export interface OptionsActions {
  setApiKey(value: string): void;
  setBaseUrl(value: string): void;
  /** Resolves to the first field that needs attention, if any, so the caller can move focus there. */
  save(): Promise<Field | undefined>;
  test(): Promise<Field | undefined>;
  /** Reads the settings in force again (the organisation's policy changed); keeps what was typed. */
  reload(lockedUrl: boolean): void;
}

const initial: OptionsState = {
  loaded: false,
  hasKey: false,
  storageIsolated: true,
  apiKey: '',
  baseUrl: DEFAULT_BASE_URL,
  errors: {},
  busy: null,
  outcome: null,
};

function firstField(errors: FieldErrors): Field | undefined {
  return errors.apiKey ? 'apiKey' : errors.baseUrl ? 'baseUrl' : undefined;
}

/**
 * Settings-page state. The background owns the key: this hook learns only whether one is saved.
 * `keyRemovals` counts "Remove API key" clicks elsewhere on the page.
 */
export function useOptions({ keyLocked = false, keyRemovals = 0 }: { keyLocked?: boolean; keyRemovals?: number } = {}): [OptionsState, OptionsActions] {
  const [state, setState] = useState<OptionsState>(initial);
  const loadedUrl = useRef(DEFAULT_BASE_URL);
  // Handlers read the latest values without being recreated on every keystroke.
  const current = useRef(state);
  current.current = state;
  const patch = (next: Partial<OptionsState>) => setState((prev) => ({ ...prev, ...next }));

  useEffect(() => {
    let live = true;
    sendToBackground({ type: 'settings:get' }).then(
      (view) => {
        loadedUrl.current = view.baseUrl;
        if (live) patch({ loaded: true, hasKey: view.hasKey, baseUrl: view.baseUrl, storageIsolated: view.storageIsolated !== false });
      },
      () => live && patch({ loaded: true, loadError: t('optionsLoadFailed') }),
    );
    return () => {
      live = false;
    };
  }, []);
  // "Remove API key" (Your data) deleted the saved key: the key field must stop saying one is saved.
  useEffect(() => {
    if (keyRemovals > 0) patch({ hasKey: false });
  }, [keyRemovals]);

  /**
   * Save and Test share their first half: check the fields, then (still synchronously, inside the
   * user's click) ask for access to a non-default API origin, and only then talk to the background.
   */
  async function run(
    busy: Exclude<Busy, null>,
    notDone: string,
    finish: (checked: { baseUrl: string; apiKey?: string }) => Promise<Field | undefined>,
  ): Promise<Field | undefined> {
    if (current.current.busy) return undefined;
    const { baseUrl, hasKey } = current.current;
    // A key set and locked by the organisation is never replaced from here.
    const apiKey = keyLocked ? '' : current.current.apiKey;
    const checked = checkForm({ apiKey, baseUrl }, !hasKey);
    if (!checked.ok) {
      patch({ errors: checked.errors, outcome: { tone: 'error', text: t('checkField', notDone) } });
      return firstField(checked.errors);
    }
    const access: Promise<AccessAnswer> = needsPermission(checked.origin) ? requestAccess(checked.origin) : Promise.resolve('granted');
    // Guards a double click before the next render.
    current.current = { ...current.current, busy };
    patch({ busy, errors: {}, outcome: null });
    const answer = await access;
    if (answer !== 'granted') {
      patch({ busy: null, errors: { baseUrl: accessMessage(answer, checked.origin) }, outcome: { tone: 'error', text: notDone } });
      return 'baseUrl';
    }
    try {
      // An empty key field sends no apiKey: the background keeps the saved key.
      return await finish({ baseUrl: checked.baseUrl, ...(checked.apiKey !== undefined ? { apiKey: checked.apiKey } : {}) });
    } catch {
      patch({ busy: null, outcome: { tone: 'error', text: t('optionsUnreachable') } });
      return undefined;
    }
  }

  const save = () =>
    run('save', t('notSaved'), async (checked) => {
      const result = await sendToBackground({ type: 'settings:save', ...checked });
      if (!result.ok) {
        patch({ busy: null, errors: { [result.field]: result.message }, outcome: { tone: 'error', text: t('notSaved') } });
        return result.field;
      }
      loadedUrl.current = checked.baseUrl;
      patch({
        busy: null,
        hasKey: current.current.hasKey || checked.apiKey !== undefined,
        apiKey: '',
        baseUrl: checked.baseUrl,
        outcome: { tone: 'ok', text: t('saved') },
      });
      return undefined;
    });

  const test = () =>
    run('test', t('notTested'), async (checked) => {
      const result = await sendToBackground({ type: 'settings:test', ...checked });
      patch({ busy: null, outcome: { tone: result.ok ? 'ok' : 'error', text: result.message } });
      return undefined;
    });

  function edit(field: Field, value: string) {
    setState((prev) => {
      const { [field]: _cleared, ...errors } = prev.errors;
      return { ...prev, [field]: value, errors, outcome: prev.busy ? prev.outcome : null };
    });
  }

  return [
    state,
    {
      setApiKey: (value) => edit('apiKey', value),
      setBaseUrl: (value) => edit('baseUrl', value),
      save,
      test,
      reload(lockedUrl) {
        sendToBackground({ type: 'settings:get' }).then(
          (view) => {
            const untouched = current.current.baseUrl === loadedUrl.current;
            loadedUrl.current = view.baseUrl;
            patch({ hasKey: view.hasKey, ...(lockedUrl || untouched ? { baseUrl: view.baseUrl } : {}) });
          },
          () => undefined,
        );
      },
    },
  ];
}
