import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { requestAccess } from '../options/request-access';

interface Props {
  /** e.g. https://xobin.example.com */
  readonly origin: string;
  readonly class: string;
  readonly onGranted?: () => void;
}

/**
 * One click that asks the browser for an API origin the organisation's policy names. The request
 * starts synchronously inside the click: browsers show the prompt only during the user's gesture.
 */
export function AllowAccessButton({ origin, class: className, onGranted }: Props) {
  const [declined, setDeclined] = useState(false);
  return (
    <>
      <button
        type="button"
        class={className}
        onClick={() =>
          void requestAccess(origin).then((answer) => {
            setDeclined(answer !== 'granted');
            if (answer === 'granted') onGranted?.();
          })
        }
      >
        {t('allowAccessTo', origin)}
      </button>
      {declined && (
        <p role="alert" class="field-error">
          {t('accessNotAllowed', origin)}
        </p>
      )}
    </>
  );
}
