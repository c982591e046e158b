import { t } from '../utils/i18n';
import { useCopy } from './hooks/useCopy';

interface Props {
  /** The text, or a function making it on click (for snippets too costly to build every render). */
  readonly text: string | (() => string);
  readonly label: string;
  readonly class?: string;
}

/** A button that copies `text` and says "Copied" for a moment. */
export function CopyButton({ text, label, class: className = 'btn' }: Props) {
  const { copied, copy } = useCopy();
  return (
    <button type="button" class={className} onClick={() => void copy(typeof text === 'function' ? text() : text)}>
      {copied ? t('copied') : label}
    </button>
  );
}
